package com.sentimenttriage.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The strict reader's limits answer as a refusal, never as an exception of their own: Jackson's constraint
 * violations carry no location, and reading one used to end in a null pointer (a 500). The bodies here are over
 * limits the size guard cannot see in bytes alone (a string of 1 MB + 1 characters, when the body limit is raised).
 */
class WebhookJsonTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"string over 1 MB", "number over 100 digits", "decimal over 100 digits",
      "trailing token", "two objects", "NUL in a key", "nesting 33 deep"})
  void aBodyOverALimitIsRefusedAsUnreadable(String what) {
    String json = switch (what) {
      case "string over 1 MB" -> "{\"ticketId\":\"" + "x".repeat(1_048_577) + "\"}";
      case "number over 100 digits" -> "{\"ticketId\":" + "9".repeat(101) + "}";
      case "decimal over 100 digits" -> "{\"ticketId\":0." + "1".repeat(101) + "}";
      case "trailing token" -> "{\"ticketId\":\"T-1\"} x";
      case "two objects" -> "{\"ticketId\":\"T-1\"}{\"ticketId\":\"T-2\"}";
      case "NUL in a key" -> "{\"ticket\\u0000Id\":\"T-1\"}";
      default -> "{\"a\":" + "[".repeat(33) + "]".repeat(33) + "}";
    };
    byte[] body = json.getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> WebhookJson.readObject(body)).isInstanceOfSatisfying(WebhookRejection.class,
        rejection -> {
          assertThat(rejection.status().value()).isEqualTo(400);
          assertThat(rejection.title()).isEqualTo("Unreadable ticket");
        });
    assertThatThrownBy(() -> WebhookJson.read(body, GenericTicketPayload.class))
        .isInstanceOf(WebhookRejection.class);
  }
}
