package com.sentimenttriage.intake.signature;

import java.time.Instant;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The survey webhook (issue 20), signed exactly as the generic one ({@link GenericSignatureVerifier}: the same
 * headers and HMAC), with a secret of its own, so a survey tool's key opens no ticket intake.
 */
@Component
public class SurveySignatureVerifier implements SignatureVerifier {

  private final WebhookSecurityProperties properties;

  public SurveySignatureVerifier(WebhookSecurityProperties properties) {
    this.properties = properties;
  }

  @Override
  public String source() {
    return "survey";
  }

  @Override
  public void verify(Function<String, String> header, byte[] body, Instant now) {
    GenericSignatureVerifier.verify(source(), properties.survey().secret(), properties.replayWindow(), header, body,
        now);
  }
}
