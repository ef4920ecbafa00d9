package com.sentimenttriage.alerting;

import static com.sentimenttriage.alerting.AlertFixtures.GATE_RISK_FACTORS;
import static com.sentimenttriage.alerting.AlertFixtures.HEALTH_CHANGE_THIS_WEEK;
import static com.sentimenttriage.alerting.AlertFixtures.acmeVariables;
import static com.sentimenttriage.alerting.AlertFixtures.composer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** The chat alert against a real local HTTP server standing in for a Slack incoming webhook. */
class ChatAlertPosterTest {

  private final List<String> received = new CopyOnWriteArrayList<>();
  private final List<String> contentTypes = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private HttpServer webhook;
  private ChatAlertPoster poster;

  @BeforeEach
  void startWebhook() throws IOException {
    webhook = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    webhook.createContext("/services/T000/B000/XXXX", exchange -> {
      received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
      byte[] answer = (status == 200 ? "ok" : "invalid_payload").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    webhook.start();
    poster = new ChatAlertPoster(RestClient.builder(), AlertFixtures.properties());
  }

  @AfterEach
  void stopWebhook() {
    webhook.stop(0);
  }

  private URI url() {
    return URI.create("http://localhost:" + webhook.getAddress().getPort() + "/services/T000/B000/XXXX");
  }

  @Test
  void postsTheAlertAsBlocksWithTheSameContentShorter() throws Exception {
    CsAlert alert = AlertFixtures.composer(AlertFixtures.CAMUNDA_USER, java.util.List.of(), AlertFixtures.properties())
        .compose("pi-1:ServiceTask_PostAlertToChat", "pi-1", AlertFixtures.OPEN_REVIEW, acmeVariables("Critical"));

    poster.post(url(), alert);

    assertThat(received).hasSize(1);
    assertThat(contentTypes.get(0)).startsWith("application/json");
    JsonNode message = new ObjectMapper().readTree(received.get(0));
    assertThat(message.get("text").asText())
        .isEqualTo("[Critical] Acme Corp — data disappeared after update (Renewal in 28 days)");
    JsonNode blocks = message.get("blocks");
    assertThat(blocks.get(0).get("type").asText()).isEqualTo("header");
    String body = blocks.get(1).at("/text/text").asText();
    assertThat(blocks.get(1).at("/text/type").asText()).isEqualTo("mrkdwn");
    assertThat(body).contains("*Acme Corp* · Health: 62/100, down 7 pts this week · MRR 4,200 USD · Enterprise")
        .contains("> ").contains("completely unacceptable")
        .contains("*Urgent*, frustration 91/100 · Data loss, Cancellation")
        .contains("*Risk:* " + String.join(" · ", AlertFixtures.ALERTED_RISK_FACTORS) + " · Health score down "
            + -HEALTH_CHANGE_THIS_WEEK + " this week\n")
        .contains("*Do:* Call the customer today.")
        .doesNotContain("Supervisor's note");
    assertThat(blocks.get(2).get("type").asText()).isEqualTo("actions");
    assertThat(blocks.get(2).get("elements").findValuesAsText("url")).containsExactly(
        // Issue 18: the owner's own follow-through task comes first.
        "https://triage.example/follow-through/pi-1",
        "https://acme-support.zendesk.com/agent/tickets/4711",
        "https://triage.example/camunda/app/tasklist/default/#/?task=task-9",
        "https://triage.example/camunda/app/cockpit/default/#/process-instance/pi-1");
  }

  /** The chat post tells the same truth as the e-mail: how it was decided, no weights, the currency. */
  @Test
  void theChatPostSaysHowTheAlertWasDecidedLikeTheMail() throws Exception {
    var variables = acmeVariables("Critical");
    variables.remove("reviewDecision");
    variables.remove("reviewComment");
    variables.put("escalationRoute", "ALERT");
    variables.put("rolloutQueue", "churn");
    variables.put("rolloutStage", "AUTOMATED");
    variables.put("auditSampled", false);
    variables.put("daysToRenewal", -3);
    variables.put("requesterName", "J. R.");

    poster.post(url(), composer().compose("k", "pi-4", null, variables));

    String body = new ObjectMapper().readTree(received.get(0)).get("blocks").get(1).at("/text/text").asText();
    assertThat(body).startsWith("*Sent automatically (AUTOMATED)*")
        .contains("It was not drawn for an audit")
        .doesNotContainIgnoringCase("supervisor confirmed")
        .contains("MRR 4,200 USD", "renewal date passed 3 days ago", "The contact J. R. wrote", "“unacceptable”")
        .doesNotContain("-2.50");
    assertThat(new ObjectMapper().readTree(received.get(0)).get("blocks").get(2).get("elements")
        .findValuesAsText("url")).as("the owner's task, the helpdesk ticket; no Tasklist review or Cockpit link")
        .containsExactly("https://triage.example/follow-through/pi-4",
            "https://acme-support.zendesk.com/agent/tickets/4711");
  }

  @Test
  void escapesWhatSlackWouldReadAsMarkup() throws Exception {
    var variables = acmeVariables("High");
    com.sentimenttriage.triage.TriageVariables.TICKET_TEXT.putInto(variables,
        "The <script> & the <@here> tags broke everything, this is awful.");
    CsAlert alert = composer().compose("k", "pi-2", null, variables);

    poster.post(url(), alert);

    String body = new ObjectMapper().readTree(received.get(0)).get("blocks").get(1).at("/text/text").asText();
    assertThat(body).contains("&lt;script&gt; &amp; the &lt;@here&gt;").doesNotContain("<@here>");
  }

  @Test
  void aWebhookThatRefusesTheMessageFailsTheStepSoItIsRetried() {
    status = 500;
    CsAlert alert = composer().compose("k", "pi-3", null, acmeVariables("High"));

    assertThatThrownBy(() -> poster.post(url(), alert))
        .isInstanceOf(ChatAlertPoster.ChatWebhookException.class)
        .hasMessageContaining("answered 500")
        .hasMessageNotContaining("XXXX") // the webhook's token stays out of Cockpit and the logs
        .hasNoCause();
    assertThat(received).hasSize(1);
  }
}
