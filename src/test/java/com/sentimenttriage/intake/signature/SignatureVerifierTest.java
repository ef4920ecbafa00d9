package com.sentimenttriage.intake.signature;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sentimenttriage.intake.signature.SignatureVerifier.SignatureRejected;
import com.sentimenttriage.intake.signature.WebhookSecurityProperties.Connector;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Each scheme accepts what the provider's documentation says it sends, and nothing else. */
class SignatureVerifierTest {

  private static final Instant NOW = Instant.parse("2026-11-20T10:15:00Z");
  private static final byte[] BODY = "{\"ticket\":\"42\",\"text\":\"Grüße\"}".getBytes(StandardCharsets.UTF_8);
  private static final WebhookSecurityProperties PROPERTIES = new WebhookSecurityProperties(1_048_576,
      Duration.ofMinutes(5),
      new Connector(true, "zd-secret", "header", "X-Triage-Token", "freshdesk"),
      new Connector(true, "ic-secret", "header", "X-Triage-Token", "freshdesk"),
      new Connector(true, "fd-token", "header", "X-Freshdesk-Token", "freshdesk"),
      new Connector(true, "gen-secret", "header", "X-Triage-Token", "freshdesk"),
      new Connector(true, "survey-secret", "header", "X-Triage-Token", "freshdesk"));

  /** Computed here independently of the production helper, from the documented recipes. */
  private static byte[] hmac(String algorithm, String secret, String... parts) throws Exception {
    Mac mac = Mac.getInstance(algorithm);
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
    for (String part : parts) {
      mac.update(part.getBytes(StandardCharsets.UTF_8));
    }
    return mac.doFinal();
  }

  private static Function<String, String> headers(String... pairs) {
    Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map::get;
  }

  private static final String BODY_TEXT = new String(BODY, StandardCharsets.UTF_8);

  @Test
  void zendeskAcceptsItsSignatureAndRefusesTamperingAndReplays() throws Exception {
    ZendeskSignatureVerifier zendesk = new ZendeskSignatureVerifier(PROPERTIES);
    String timestamp = "2026-11-20T10:14:30Z";
    String signature = Base64.getEncoder().encodeToString(hmac("HmacSHA256", "zd-secret", timestamp, BODY_TEXT));

    assertThatCode(() -> zendesk.verify(headers("x-zendesk-webhook-signature", signature,
        "X-Zendesk-Webhook-Signature-Timestamp", timestamp), BODY, NOW)).doesNotThrowAnyException();
    assertThatThrownBy(() -> zendesk.verify(headers("X-Zendesk-Webhook-Signature", signature,
        "X-Zendesk-Webhook-Signature-Timestamp", timestamp), "{\"ticket\":\"43\"}".getBytes(StandardCharsets.UTF_8),
        NOW)).isInstanceOf(SignatureRejected.class);
    assertThatThrownBy(() -> zendesk.verify(headers("X-Zendesk-Webhook-Signature-Timestamp", timestamp), BODY, NOW))
        .isInstanceOf(SignatureRejected.class).hasMessageContaining("required");

    String old = "2026-11-20T10:09:59Z";
    String oldSignature = Base64.getEncoder().encodeToString(hmac("HmacSHA256", "zd-secret", old, BODY_TEXT));
    assertThatThrownBy(() -> zendesk.verify(headers("X-Zendesk-Webhook-Signature", oldSignature,
        "X-Zendesk-Webhook-Signature-Timestamp", old), BODY, NOW))
        .isInstanceOf(SignatureRejected.class).hasMessageContaining("5 minutes");
  }

  @Test
  void intercomAcceptsTheHexSha1OfTheRawBody() throws Exception {
    IntercomSignatureVerifier intercom = new IntercomSignatureVerifier(PROPERTIES);
    String signature = "sha1=" + HexFormat.of().formatHex(hmac("HmacSHA1", "ic-secret", BODY_TEXT));

    assertThatCode(() -> intercom.verify(headers("X-Hub-Signature", signature), BODY, NOW)).doesNotThrowAnyException();
    assertThatThrownBy(() -> intercom.verify(headers("X-Hub-Signature", "sha1=" + "00".repeat(20)), BODY, NOW))
        .isInstanceOf(SignatureRejected.class);
    assertThatThrownBy(() -> intercom.verify(headers("X-Hub-Signature", "sha1=not-hex"), BODY, NOW))
        .isInstanceOf(SignatureRejected.class);
    assertThatThrownBy(() -> intercom.verify(headers(), BODY, NOW)).isInstanceOf(SignatureRejected.class);
  }

  @Test
  void freshdeskAcceptsTheSharedTokenHeaderOrBasicAuthAsConfigured() {
    FreshdeskSignatureVerifier header = new FreshdeskSignatureVerifier(PROPERTIES);
    assertThatCode(() -> header.verify(headers("X-Freshdesk-Token", "fd-token"), BODY, NOW)).doesNotThrowAnyException();
    assertThatThrownBy(() -> header.verify(headers("X-Freshdesk-Token", "fd-tokem"), BODY, NOW))
        .isInstanceOf(SignatureRejected.class);

    WebhookSecurityProperties basicAuth = new WebhookSecurityProperties(1_048_576, Duration.ofMinutes(5), null, null,
        new Connector(true, "fd-token", "basic", "X-Triage-Token", "helpdesk"), null, null);
    FreshdeskSignatureVerifier basic = new FreshdeskSignatureVerifier(basicAuth);
    String good = "Basic " + Base64.getEncoder().encodeToString("helpdesk:fd-token".getBytes(StandardCharsets.UTF_8));
    String bad = "Basic " + Base64.getEncoder().encodeToString("helpdesk:wrong".getBytes(StandardCharsets.UTF_8));
    assertThatCode(() -> basic.verify(headers("Authorization", good), BODY, NOW)).doesNotThrowAnyException();
    assertThatThrownBy(() -> basic.verify(headers("Authorization", bad), BODY, NOW)).isInstanceOf(SignatureRejected.class);
  }

  @Test
  void genericSignsTimestampAndBodyAndRefusesReplays() throws Exception {
    GenericSignatureVerifier generic = new GenericSignatureVerifier(PROPERTIES);
    long now = NOW.getEpochSecond();
    String signature = "sha256=" + HexFormat.of().formatHex(hmac("HmacSHA256", "gen-secret", now + ".", BODY_TEXT));

    assertThatCode(() -> generic.verify(headers("X-Triage-Signature", signature, "X-Triage-Timestamp",
        String.valueOf(now)), BODY, NOW)).doesNotThrowAnyException();
    String forged = GenericSignatureVerifier.sign("gen-secret", now, "{\"ticket\":\"43\"}".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> generic.verify(headers("X-Triage-Signature", forged, "X-Triage-Timestamp",
        String.valueOf(now)), BODY, NOW)).isInstanceOf(SignatureRejected.class).hasMessageContaining("does not match");
    assertThatThrownBy(() -> generic.verify(headers("X-Triage-Signature", "sha256=" + "00".repeat(32),
        "X-Triage-Timestamp", String.valueOf(now)), BODY, NOW)).isInstanceOf(SignatureRejected.class);
    long stale = now - 301;
    String staleSignature = GenericSignatureVerifier.sign("gen-secret", stale, BODY);
    assertThatThrownBy(() -> generic.verify(headers("X-Triage-Signature", staleSignature, "X-Triage-Timestamp",
        String.valueOf(stale)), BODY, NOW)).isInstanceOf(SignatureRejected.class).hasMessageContaining("replayed");
  }

  /** Issue 20: the survey webhook is signed as the generic one, but the generic secret does not open it. */
  @Test
  void surveySignsAsTheGenericWebhookWithASecretOfItsOwn() throws Exception {
    SurveySignatureVerifier survey = new SurveySignatureVerifier(PROPERTIES);
    long now = NOW.getEpochSecond();
    String signature = "sha256=" + HexFormat.of().formatHex(hmac("HmacSHA256", "survey-secret", now + ".",
        BODY_TEXT));

    assertThatCode(() -> survey.verify(headers("X-Triage-Signature", signature, "X-Triage-Timestamp",
        String.valueOf(now)), BODY, NOW)).doesNotThrowAnyException();
    String withGenericSecret = "sha256=" + HexFormat.of().formatHex(hmac("HmacSHA256", "gen-secret", now + ".",
        BODY_TEXT));
    assertThatThrownBy(() -> survey.verify(headers("X-Triage-Signature", withGenericSecret, "X-Triage-Timestamp",
        String.valueOf(now)), BODY, NOW)).isInstanceOf(SignatureRejected.class).hasMessageContaining("does not match");
    long stale = now - 301;
    String staleSignature = "sha256=" + HexFormat.of().formatHex(hmac("HmacSHA256", "survey-secret", stale + ".",
        BODY_TEXT));
    assertThatThrownBy(() -> survey.verify(headers("X-Triage-Signature", staleSignature, "X-Triage-Timestamp",
        String.valueOf(stale)), BODY, NOW)).isInstanceOf(SignatureRejected.class).hasMessageContaining("replayed");
  }

  @Test
  void noConfiguredSecretRefusesEverything() {
    WebhookSecurityProperties none = new WebhookSecurityProperties(1_048_576, Duration.ofMinutes(5),
        new Connector(true, "", "header", "X", "u"), null, null, null, null);
    assertThatThrownBy(() -> new ZendeskSignatureVerifier(none).verify(headers(
        "X-Zendesk-Webhook-Signature", "", "X-Zendesk-Webhook-Signature-Timestamp", "2026-11-20T10:15:00Z"),
        BODY, NOW)).isInstanceOf(SignatureRejected.class).hasMessageContaining("No signing secret");
  }
}
