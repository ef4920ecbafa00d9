package com.sentimenttriage.intake.signature;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code triage.webhooks.*}: how each connector's deliveries are authenticated. Secrets come from the environment
 * ({@code TRIAGE_WEBHOOK_<CONNECTOR>_SECRET}); {@link #toString()} never prints them.
 *
 * @param maxBodyBytes larger bodies are refused with 413 before they are read further
 * @param replayWindow signed timestamps older (or further in the future) than this are refused as replays
 */
@ConfigurationProperties("triage.webhooks")
public record WebhookSecurityProperties(
    @DefaultValue("1048576") int maxBodyBytes,
    @DefaultValue("PT5M") Duration replayWindow,
    @DefaultValue Connector zendesk,
    @DefaultValue Connector intercom,
    @DefaultValue Connector freshdesk,
    @DefaultValue Connector generic,
    @DefaultValue Connector survey) {

  /**
   * @param verify whether deliveries must be signed; switch off only explicitly, and the application warns
   * @param secret the signing secret (Zendesk, generic), client secret (Intercom) or shared token (Freshdesk)
   * @param auth Freshdesk only: {@code header} (the token in {@link #header}) or {@code basic} (user:token)
   * @param header Freshdesk only: the header carrying the shared token
   * @param username Freshdesk only: the basic-auth user name
   */
  public record Connector(
      @DefaultValue("true") boolean verify,
      @DefaultValue("") String secret,
      @DefaultValue("header") String auth,
      @DefaultValue("X-Triage-Token") String header,
      @DefaultValue("freshdesk") String username) {

    public boolean hasSecret() {
      return secret != null && !secret.isBlank();
    }

    @Override
    public String toString() {
      return "Connector[verify=" + verify + ", secret=" + (hasSecret() ? "(set)" : "(none)") + ", auth=" + auth
          + ", header=" + header + "]";
    }
  }

  public Connector connector(String source) {
    return switch (source) {
      case "zendesk" -> zendesk;
      case "intercom" -> intercom;
      case "freshdesk" -> freshdesk;
      case "generic" -> generic;
      case "survey" -> survey;
      default -> null;
    };
  }
}
