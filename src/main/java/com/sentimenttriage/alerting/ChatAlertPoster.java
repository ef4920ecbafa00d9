package com.sentimenttriage.alerting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Posts a CS alert to a Slack-compatible incoming webhook as Block Kit JSON: a header with the subject line, the
 * body rendered from {@code templates/mail/cs-alert-chat.txt} (Slack mrkdwn, shorter than the e-mail) and buttons
 * for the links. A non-2xx answer or an unreachable webhook throws, so the job retries.
 */
@Component
public class ChatAlertPoster {

  /** Slack refuses header texts longer than this. */
  static final int HEADER_LIMIT = 150;

  private final RestClient http;
  private final ObjectMapper json = new ObjectMapper();
  private final TemplateEngine templates = CsAlertMailer.mailTemplates();

  public ChatAlertPoster(RestClient.Builder http, AlertProperties properties) {
    SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
    requests.setConnectTimeout(properties.webhookTimeout());
    requests.setReadTimeout(properties.webhookTimeout());
    this.http = http.requestFactory(requests).build();
  }

  /**
   * @throws ChatWebhookException when the webhook is unreachable or refuses the message; its message never
   *     contains the URL, which carries the webhook's token and would otherwise land in Cockpit and the logs
   */
  public void post(URI webhook, CsAlert alert) {
    try {
      http.post().uri(webhook)
          .contentType(MediaType.APPLICATION_JSON)
          .body(message(alert))
          .retrieve()
          .toBodilessEntity();
    } catch (RestClientResponseException refused) {
      throw new ChatWebhookException("Chat webhook answered " + refused.getStatusCode().value() + " for alert "
          + alert.idempotencyKey());
    } catch (RestClientException unreachable) {
      Throwable cause = unreachable.getMostSpecificCause();
      throw new ChatWebhookException("Chat webhook unreachable (" + cause.getClass().getSimpleName()
          + ") for alert " + alert.idempotencyKey());
    }
  }

  /** A chat webhook that did not take the alert; the step fails and its job retries. */
  public static final class ChatWebhookException extends RuntimeException {
    public ChatWebhookException(String message) {
      super(message);
    }
  }

  ObjectNode message(CsAlert alert) {
    Context model = new Context();
    model.setVariable("alert", alert);
    model.setVariable("md", new Mrkdwn());
    String body = templates.process("cs-alert-chat.txt", model).strip();

    ObjectNode message = json.createObjectNode();
    message.put("text", alert.mailSubject());
    ArrayNode blocks = message.putArray("blocks");
    ObjectNode header = blocks.addObject().put("type", "header");
    header.putObject("text").put("type", "plain_text").put("text", limit(alert.mailSubject(), HEADER_LIMIT));
    ObjectNode section = blocks.addObject().put("type", "section");
    section.putObject("text").put("type", "mrkdwn").put("text", body);
    ArrayNode buttons = json.createArrayNode();
    button(buttons, "Your task", alert.links().followThrough());
    button(buttons, "Ticket", alert.links().ticket());
    button(buttons, "Review task", alert.links().tasklist());
    button(buttons, "Cockpit", alert.links().cockpit());
    if (!buttons.isEmpty()) {
      blocks.addObject().put("type", "actions").set("elements", buttons);
    }
    return message;
  }

  private static void button(ArrayNode buttons, String label, String url) {
    if (url == null) {
      return;
    }
    ObjectNode button = buttons.addObject().put("type", "button").put("url", url);
    button.putObject("text").put("type", "plain_text").put("text", label);
  }

  private static String limit(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }

  /** Escapes text for Slack mrkdwn, where &, < and > are control characters; used by the chat template. */
  public static final class Mrkdwn {
    public String esc(Object value) {
      return value == null ? "" : value.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
  }
}
