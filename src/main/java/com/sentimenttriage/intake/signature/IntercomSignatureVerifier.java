package com.sentimenttriage.intake.signature;

import java.time.Instant;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Intercom: {@code X-Hub-Signature: sha1=<hex HMAC-SHA1(app client secret, raw body)>}. Intercom signs no timestamp;
 * a replayed notification is caught by its id in the delivery table instead.
 */
@Component
public class IntercomSignatureVerifier implements SignatureVerifier {

  public static final String SIGNATURE = "X-Hub-Signature";
  private static final String PREFIX = "sha1=";

  private final WebhookSecurityProperties properties;

  public IntercomSignatureVerifier(WebhookSecurityProperties properties) {
    this.properties = properties;
  }

  @Override
  public String source() {
    return "intercom";
  }

  @Override
  public void verify(Function<String, String> header, byte[] body, Instant now) {
    Hmac.requireSecret(properties.intercom().secret(), source());
    String signature = header.apply(SIGNATURE);
    if (signature == null || !signature.startsWith(PREFIX)) {
      throw new SignatureRejected("The " + SIGNATURE + " header (sha1=...) is required.");
    }
    byte[] expected = Hmac.of("HmacSHA1", properties.intercom().secret(), body);
    if (!Hmac.matches(expected, Hmac.hex(signature.substring(PREFIX.length())))) {
      throw new SignatureRejected("The Intercom signature does not match the body.");
    }
  }
}
