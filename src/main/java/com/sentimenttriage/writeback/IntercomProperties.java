package com.sentimenttriage.writeback;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Intercom write-back ({@code triage.helpdesk.intercom.*}, docs/helpdesk-writeback.md). The access token comes only
 * from the environment (TRIAGE_HELPDESK_INTERCOM_ACCESS_TOKEN); without it and the admin id nothing is written.
 *
 * @param apiUrl      https://api.intercom.io, or the workspace's region: https://api.eu.intercom.io,
 *                    https://api.au.intercom.io
 * @param accessToken the app's access token (Developer Hub → your app → Authentication)
 * @param adminId     the teammate the tags, assignments and notes are recorded as (Intercom requires one)
 * @param version     the Intercom-Version header: the API version these calls were written against
 * @param tagPrefix   starts every tag the write-back sets (st_negative, st_severity_high: as the Zendesk writer's),
 *                  so a re-score replaces them and leaves other tags alone
 * @param teams       team names the actions table may use, to Intercom team ids; a numeric value is an id already
 */
@ConfigurationProperties("triage.helpdesk.intercom")
public record IntercomProperties(
    @DefaultValue("https://api.intercom.io") URI apiUrl,
    String accessToken,
    String adminId,
    @DefaultValue("2.11") String version,
    @DefaultValue("10s") Duration timeout,
    @DefaultValue("st_") String tagPrefix,
    @DefaultValue Attributes attributes,
    Map<String, String> teams) {

  public IntercomProperties {
    teams = teams == null ? Map.of() : Map.copyOf(teams);
  }

  /**
   * Conversation data attribute names (Settings → Data → Conversations); blank leaves the value out. Frustration is
   * a number (integer) attribute, the rest text. {@code priority} holds the actions table's priority: Intercom's own
   * priority is only on or off.
   */
  public record Attributes(
      @DefaultValue("Sentiment") String label,
      @DefaultValue("Frustration") String frustration,
      @DefaultValue("Topics") String topics,
      @DefaultValue("Triage action") String action,
      @DefaultValue("Triage severity") String severity,
      @DefaultValue("Triage explanation") String explanation,
      @DefaultValue("Triage priority") String priority) {
  }
}
