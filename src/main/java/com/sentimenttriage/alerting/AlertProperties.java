package com.sentimenttriage.alerting;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of CS alerts ({@code triage.alerts.*}).
 *
 * @param from                sender address of alert e-mails
 * @param fallbackRecipient   where alerts for tickets without a known CS owner go (a CS managers' mailbox)
 * @param baseUrl             public address of this application, for the Tasklist and Cockpit links in an alert
 * @param retryCycle          how the alert steps retry when a mail server or webhook is down (ISO 8601 repeat,
 *                            e.g. {@code R5/PT1M}); after the last failure the job raises an incident in Cockpit
 * @param ticketUrl           per source, the helpdesk link to a ticket, with {@code {ticketId}} and any of
 *                            {@code ticketUrlVariables} as placeholders
 * @param ticketUrlVariables  values for the placeholders of {@code ticketUrl}, such as {@code subdomain}
 * @param recommendedAction   per severity (case-insensitive), what the CS owner should do when the escalation
 *                            gate's rule gives no recommended action (applied by the gate, for review and alert)
 * @param webhookTimeout      connect and read timeout of a chat webhook call
 * @param currency            ISO 4217 code the accounts' MRR is in, shown beside it in alerts (default USD)
 */
@ConfigurationProperties("triage.alerts")
public record AlertProperties(
    String from,
    String fallbackRecipient,
    String baseUrl,
    String retryCycle,
    Map<String, String> ticketUrl,
    Map<String, String> ticketUrlVariables,
    Map<String, String> recommendedAction,
    Duration webhookTimeout,
    String currency) {

  public static final String DEFAULT_RETRY_CYCLE = "R5/PT1M";
  public static final String DEFAULT_CURRENCY = "USD";

  @ConstructorBinding
  public AlertProperties(
      String from,
      String fallbackRecipient,
      String baseUrl,
      @DefaultValue(DEFAULT_RETRY_CYCLE) String retryCycle,
      Map<String, String> ticketUrl,
      Map<String, String> ticketUrlVariables,
      Map<String, String> recommendedAction,
      @DefaultValue("5s") Duration webhookTimeout,
      @DefaultValue(DEFAULT_CURRENCY) String currency) {
    this.from = from;
    this.fallbackRecipient = fallbackRecipient;
    this.baseUrl = baseUrl;
    this.retryCycle = retryCycle;
    this.ticketUrl = lowerCaseKeys(ticketUrl);
    this.ticketUrlVariables = ticketUrlVariables == null ? Map.of() : Map.copyOf(ticketUrlVariables);
    this.recommendedAction = lowerCaseKeys(recommendedAction);
    this.webhookTimeout = webhookTimeout;
    // Fails at start-up on a code that is no currency, rather than printing it under every MRR.
    this.currency = java.util.Currency.getInstance(
        currency == null || currency.isBlank() ? DEFAULT_CURRENCY : currency.strip().toUpperCase(Locale.ROOT))
        .getCurrencyCode();
  }

  /** All but the currency, which is the default. */
  public AlertProperties(String from, String fallbackRecipient, String baseUrl, String retryCycle,
      Map<String, String> ticketUrl, Map<String, String> ticketUrlVariables, Map<String, String> recommendedAction,
      Duration webhookTimeout) {
    this(from, fallbackRecipient, baseUrl, retryCycle, ticketUrl, ticketUrlVariables, recommendedAction,
        webhookTimeout, DEFAULT_CURRENCY);
  }

  /** The defaults for everything but the addresses, for tests and tools that build the properties by hand. */
  public AlertProperties(String from, String fallbackRecipient, String baseUrl) {
    this(from, fallbackRecipient, baseUrl, DEFAULT_RETRY_CYCLE, Map.of(), Map.of(), Map.of(),
        Duration.ofSeconds(5), DEFAULT_CURRENCY);
  }

  public String ticketUrlPattern(String source) {
    return source == null ? null : ticketUrl.get(source.toLowerCase(Locale.ROOT));
  }

  public String recommendedActionFor(String severity) {
    return severity == null ? null : recommendedAction.get(severity.toLowerCase(Locale.ROOT));
  }

  private static Map<String, String> lowerCaseKeys(Map<String, String> map) {
    return map == null ? Map.of() : map.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
  }
}
