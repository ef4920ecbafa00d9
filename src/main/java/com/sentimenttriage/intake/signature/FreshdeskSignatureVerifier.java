package com.sentimenttriage.intake.signature;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Freshdesk signs nothing; its automation rule can send a custom header or basic auth. Configurable:
 * {@code auth=header} compares the header named by {@code header} with the shared secret, {@code auth=basic}
 * compares {@code Authorization: Basic} with {@code username:secret}. Both in constant time.
 */
@Component
public class FreshdeskSignatureVerifier implements SignatureVerifier {

  private final WebhookSecurityProperties properties;

  public FreshdeskSignatureVerifier(WebhookSecurityProperties properties) {
    this.properties = properties;
  }

  @Override
  public String source() {
    return "freshdesk";
  }

  @Override
  public void verify(Function<String, String> header, byte[] body, Instant now) {
    WebhookSecurityProperties.Connector freshdesk = properties.freshdesk();
    Hmac.requireSecret(freshdesk.secret(), source());
    String given;
    String expected;
    if ("basic".equalsIgnoreCase(freshdesk.auth())) {
      String authorization = header.apply("Authorization");
      given = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
          ? authorization.substring(6).strip() : null;
      expected = Base64.getEncoder().encodeToString(
          (freshdesk.username() + ":" + freshdesk.secret()).getBytes(StandardCharsets.UTF_8));
    } else {
      given = header.apply(freshdesk.header());
      expected = freshdesk.secret();
    }
    if (given == null) {
      throw new SignatureRejected("The Freshdesk credentials ("
          + ("basic".equalsIgnoreCase(freshdesk.auth()) ? "basic auth" : freshdesk.header() + " header")
          + ") are required.");
    }
    if (!Hmac.matches(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
      throw new SignatureRejected("The Freshdesk credentials are wrong.");
    }
  }
}
