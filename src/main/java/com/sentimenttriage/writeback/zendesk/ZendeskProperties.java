package com.sentimenttriage.writeback.zendesk;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Zendesk write-back (configuration {@code triage.helpdesk.zendesk.*}, docs/helpdesk-writeback.md). The e-mail and
 * API token come only from the environment (TRIAGE_HELPDESK_ZENDESK_EMAIL, TRIAGE_HELPDESK_ZENDESK_API_TOKEN);
 * without both nothing is written to Zendesk.
 *
 * @param apiUrl    the account's URL, {@code https://<subdomain>.zendesk.com}
 * @param fields    the custom ticket field ids by what they hold: label, frustration, topics, action, severity,
 *                  explanation; a value without an id is not written
 * @param tagPrefix the prefix of every tag triage sets ("st_" gives st_negative, st_severity_high, st_escalated):
 *                  tags with it are triage's to replace, all others are left alone
 * @param groups    Zendesk group ids by the group names the actions table (helpdesk-actions.dmn) uses
 */
@ConfigurationProperties("triage.helpdesk.zendesk")
public record ZendeskProperties(
    URI apiUrl,
    String email,
    String apiToken,
    @DefaultValue("10s") Duration timeout,
    Map<String, Long> fields,
    @DefaultValue("st_") String tagPrefix,
    Map<String, Long> groups) {

  public ZendeskProperties {
    fields = fields == null ? Map.of() : Map.copyOf(fields);
    groups = groups == null ? Map.of() : Map.copyOf(groups);
  }

  boolean configured() {
    return apiUrl != null && email != null && !email.isBlank() && apiToken != null && !apiToken.isBlank();
  }
}
