package com.sentimenttriage.alerting;

import com.sentimenttriage.triage.Problems;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Process admins set the chat webhook (Slack-compatible incoming webhook) a CS owner's alerts are also posted
 * to. The URL carries the chat's secret token, so it is written here but never read back: listings show the
 * host only. Access is declared in security.ApiSecurity.
 */
@RestController
@RequestMapping("/api/chat-webhooks")
public class ChatWebhookController {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  /** Plain http only where nothing crosses a network: a local relay or a test server. */
  private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
  private static final int MAX_URL_LENGTH = 2000;

  /** A configured webhook as the API shows it: the owner and where posts go, without the token. */
  public record ChatWebhookView(String csOwnerEmail, String host) {}

  /** The body of a PUT. */
  public record ChatWebhookRequest(String url) {}

  private final ChatWebhooks webhooks;

  public ChatWebhookController(ChatWebhooks webhooks) {
    this.webhooks = webhooks;
  }

  @GetMapping
  public List<ChatWebhookView> list() {
    return webhooks.all().entrySet().stream()
        .map(e -> new ChatWebhookView(e.getKey(), URI.create(e.getValue()).getHost()))
        .toList();
  }

  @PutMapping("/{csOwnerEmail}")
  public ChatWebhookView configure(@PathVariable String csOwnerEmail, @RequestBody ChatWebhookRequest request) {
    if (!EMAIL.matcher(csOwnerEmail).matches()) {
      throw Problems.of(HttpStatus.BAD_REQUEST, "Not an e-mail address",
          "The path must end with the CS owner's e-mail address, e.g. /api/chat-webhooks/ana@example.com.");
    }
    URI url = validUrl(request == null ? null : request.url());
    return new ChatWebhookView(webhooks.configure(csOwnerEmail, url.toString()), url.getHost());
  }

  @DeleteMapping("/{csOwnerEmail}")
  public ResponseEntity<Void> remove(@PathVariable String csOwnerEmail) {
    if (!webhooks.remove(csOwnerEmail)) {
      throw Problems.of(HttpStatus.NOT_FOUND, "No chat webhook",
          "No chat webhook is configured for " + csOwnerEmail + ".");
    }
    return ResponseEntity.noContent().build();
  }

  private static URI validUrl(String url) {
    String problem = "Give {\"url\": \"https://...\"}, the incoming-webhook URL your chat tool shows.";
    if (url == null || url.isBlank() || url.length() > MAX_URL_LENGTH) {
      throw Problems.of(HttpStatus.BAD_REQUEST, "Webhook URL missing", problem);
    }
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw Problems.of(HttpStatus.BAD_REQUEST, "Webhook URL malformed", problem);
    }
    boolean https = "https".equalsIgnoreCase(uri.getScheme());
    boolean localHttp = "http".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
        && LOCAL_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT));
    if (uri.getHost() == null || !(https || localHttp)) {
      throw Problems.of(HttpStatus.BAD_REQUEST, "Webhook URL must use https",
          "The URL carries a secret token, so it must be https (plain http only for localhost). " + problem);
    }
    return uri;
  }
}
