package com.sentimenttriage.intake.signature;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The generic webhook: {@code X-Triage-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + raw body)>}
 * with the Unix time in seconds in {@code X-Triage-Timestamp}, the scheme of Stripe and Slack.
 */
@Component
public class GenericSignatureVerifier implements SignatureVerifier {

  public static final String SIGNATURE = "X-Triage-Signature";
  public static final String TIMESTAMP = "X-Triage-Timestamp";
  private static final String PREFIX = "sha256=";

  private final WebhookSecurityProperties properties;

  public GenericSignatureVerifier(WebhookSecurityProperties properties) {
    this.properties = properties;
  }

  @Override
  public String source() {
    return "generic";
  }

  /** The header value a sender computes, for clients and tests. */
  public static String sign(String secret, long unixSeconds, byte[] body) {
    byte[] mac = Hmac.of("HmacSHA256", secret, (unixSeconds + ".").getBytes(StandardCharsets.UTF_8), body);
    return PREFIX + java.util.HexFormat.of().formatHex(mac);
  }

  @Override
  public void verify(Function<String, String> header, byte[] body, Instant now) {
    verify(source(), properties.generic().secret(), properties.replayWindow(), header, body, now);
  }

  /** The scheme, for every webhook signed this way with a secret of its own (the survey webhook). */
  static void verify(String source, String secret, Duration replayWindow, Function<String, String> header,
      byte[] body, Instant now) {
    Hmac.requireSecret(secret, source);
    String signature = header.apply(SIGNATURE);
    String timestamp = header.apply(TIMESTAMP);
    if (signature == null || timestamp == null || !signature.startsWith(PREFIX)) {
      throw new SignatureRejected("The " + SIGNATURE + " (sha256=...) and " + TIMESTAMP + " headers are required.");
    }
    byte[] expected = Hmac.of("HmacSHA256", secret, (timestamp.strip() + ".").getBytes(StandardCharsets.UTF_8), body);
    if (!Hmac.matches(expected, Hmac.hex(signature.substring(PREFIX.length())))) {
      throw new SignatureRejected("The signature does not match the body.");
    }
    Instant signedAt;
    try {
      signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
    } catch (RuntimeException e) {
      signedAt = null;
    }
    Hmac.requireFresh(signedAt, now, replayWindow);
  }
}
