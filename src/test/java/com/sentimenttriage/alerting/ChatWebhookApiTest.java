package com.sentimenttriage.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.support.IntegrationTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Process admins configure a CS owner's chat webhook over real HTTP; the token in its URL is never shown back,
 * bad input is a problem detail that changes nothing, and nobody else may touch the setting.
 */
class ChatWebhookApiTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OWNER = "chat.api.owner@cs.example";
  private static final String TOKEN_PATH = "/services/T000/B000/sEcReTtOkEn";

  @Autowired
  ChatWebhooks webhooks;

  @AfterEach
  void removeWebhook() {
    webhooks.remove(OWNER);
  }

  private HttpResponse<String> as(String user, String method, String path, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json");
    return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  @Test
  void anAdminSetsListsAndRemovesAWebhookWithoutTheTokenEverShown() throws Exception {
    HttpResponse<String> set = as("admin", "PUT", "/api/chat-webhooks/" + OWNER,
        "{\"url\": \"https://hooks.chat.example" + TOKEN_PATH + "\"}");
    assertThat(set.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(set.body()).get("host").asText()).isEqualTo("hooks.chat.example");
    assertThat(webhooks.forOwner(OWNER)).as("alerts for this owner now go to the chat too")
        .hasValue("https://hooks.chat.example" + TOKEN_PATH);

    HttpResponse<String> listed = as("admin", "GET", "/api/chat-webhooks", null);
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.body()).doesNotContain("sEcReTtOkEn");
    JsonNode mine = null;
    for (JsonNode webhook : JSON.readTree(listed.body())) {
      if (webhook.get("csOwnerEmail").asText().equals(OWNER)) {
        mine = webhook;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(mine.get("host").asText()).isEqualTo("hooks.chat.example");

    assertThat(as("admin", "DELETE", "/api/chat-webhooks/" + OWNER, null).statusCode()).isEqualTo(204);
    assertThat(webhooks.forOwner(OWNER)).isEmpty();
    HttpResponse<String> again = as("admin", "DELETE", "/api/chat-webhooks/" + OWNER, null);
    assertThat(again.statusCode()).isEqualTo(404);
    assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
  }

  @Test
  void badInputIsAProblemDetailAndChangesNothing() throws Exception {
    webhooks.configure(OWNER, "https://hooks.chat.example/services/old");

    for (String body : new String[] {"{\"url\": \"http://hooks.chat.example/x\"}", "{\"url\": \"\"}", "{}",
        "{\"url\": \"https://\"}", "{\"url\": \"not a url\"}"}) {
      HttpResponse<String> refused = as("admin", "PUT", "/api/chat-webhooks/" + OWNER, body);
      assertThat(refused.statusCode()).as(body).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(JSON.readTree(refused.body()).get("detail").asText()).as(body).contains("https");
    }
    assertThat(as("admin", "PUT", "/api/chat-webhooks/not-an-email",
        "{\"url\": \"https://hooks.chat.example/x\"}").statusCode()).isEqualTo(400);

    assertThat(webhooks.forOwner(OWNER)).hasValue("https://hooks.chat.example/services/old");
  }

  @Test
  void onlyProcessAdminsMayTouchChatWebhooks() {
    String body = "{\"url\": \"https://hooks.chat.example/services/x\"}";
    assertThat(get("/api/chat-webhooks").statusCode()).isEqualTo(401);
    assertThat(as("supervisor", "GET", "/api/chat-webhooks", null).statusCode()).isEqualTo(403);
    assertThat(as("supervisor", "PUT", "/api/chat-webhooks/" + OWNER, body).statusCode()).isEqualTo(403);
    assertThat(as("manager", "DELETE", "/api/chat-webhooks/" + OWNER, null).statusCode()).isEqualTo(403);
    assertThat(webhooks.forOwner(OWNER)).isEmpty();
  }
}
