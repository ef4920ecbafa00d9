package com.sentimenttriage.writeback;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Freshdesk write-back ({@code triage.helpdesk.freshdesk.*}, docs/helpdesk-writeback.md). The API key comes only
 * from the environment (TRIAGE_HELPDESK_FRESHDESK_API_KEY); without it and the API URL nothing is written.
 *
 * @param apiUrl    the account's URL, https://yourcompany.freshdesk.com (the API path /api/v2 is added)
 * @param apiKey    an agent's API key (Profile settings → View API key); the agent needs to edit tickets
 * @param tagPrefix starts every tag the write-back sets (st_negative, st_severity_high: as the Zendesk writer's),
 *                  so a re-score replaces them and leaves other tags alone
 * @param groups    group names the actions table may use, to Freshdesk group ids; a numeric value is an id already
 */
@ConfigurationProperties("triage.helpdesk.freshdesk")
public record FreshdeskProperties(
    URI apiUrl,
    String apiKey,
    @DefaultValue("10s") Duration timeout,
    @DefaultValue("st_") String tagPrefix,
    @DefaultValue Fields fields,
    Map<String, Long> groups) {

  public FreshdeskProperties {
    groups = groups == null ? Map.of() : Map.copyOf(groups);
  }

  /**
   * The custom ticket fields' API names (Freshdesk prefixes them with {@code cf_}); blank leaves the value out.
   * Frustration is a number field, explanation a paragraph, the rest single-line text.
   */
  public record Fields(
      @DefaultValue("cf_sentiment") String label,
      @DefaultValue("cf_frustration") String frustration,
      @DefaultValue("cf_topics") String topics,
      @DefaultValue("cf_triage_action") String action,
      @DefaultValue("cf_triage_severity") String severity,
      @DefaultValue("cf_triage_explanation") String explanation) {
  }
}
