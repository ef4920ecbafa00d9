package com.sentimenttriage.followthrough;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The CS follow-through (configuration {@code triage.follow-through.*}); the playbooks' steps and due times are in
 * processes/playbooks.dmn, which process admins own.
 *
 * @param escalateAfter      how long after the task's due time the account's CS manager is told that it is still open
 * @param followUpDueAfter   a task re-opened on its follow-up date is due this long after that date began (UTC)
 * @param renewalWindowDays  the measure "caught before renewal" counts alerts at least this many days before renewal
 */
@ConfigurationProperties("triage.follow-through")
public record FollowThroughProperties(
    @DefaultValue("PT24H") Duration escalateAfter,
    @DefaultValue("PT17H") Duration followUpDueAfter,
    @DefaultValue("30") int renewalWindowDays) {

  public static FollowThroughProperties defaults() {
    return new FollowThroughProperties(Duration.ofHours(24), Duration.ofHours(17), 30);
  }
}
