package com.sentimenttriage.intake.signature;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Zendesk: {@code X-Zendesk-Webhook-Signature} is base64(HMAC-SHA256(signing secret, timestamp + raw body)), with the
 * timestamp in {@code X-Zendesk-Webhook-Signature-Timestamp}.
 */
@Component
public class ZendeskSignatureVerifier implements SignatureVerifier {

  public static final String SIGNATURE = "X-Zendesk-Webhook-Signature";
  public static final String TIMESTAMP = "X-Zendesk-Webhook-Signature-Timestamp";

  private final WebhookSecurityProperties properties;

  public ZendeskSignatureVerifier(WebhookSecurityProperties properties) {
    this.properties = properties;
  }

  @Override
  public String source() {
    return "zendesk";
  }

  @Override
  public void verify(Function<String, String> header, byte[] body, Instant now) {
    Hmac.requireSecret(properties.zendesk().secret(), source());
    String timestamp = header.apply(TIMESTAMP);
    String signature = header.apply(SIGNATURE);
    if (signature == null || timestamp == null) {
      throw new SignatureRejected("The " + SIGNATURE + " and " + TIMESTAMP + " headers are required.");
    }
    byte[] expected = Hmac.of("HmacSHA256", properties.zendesk().secret(),
        timestamp.getBytes(StandardCharsets.UTF_8), body);
    if (!Hmac.matches(expected, Hmac.base64(signature))) {
      throw new SignatureRejected("The Zendesk signature does not match the body.");
    }
    Hmac.requireFresh(parse(timestamp), now, properties.replayWindow());
  }

  private static Instant parse(String timestamp) {
    try {
      return OffsetDateTime.parse(timestamp.strip()).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
