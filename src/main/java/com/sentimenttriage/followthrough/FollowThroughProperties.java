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
 * @param advocacy           what a promoter's ticket becomes for its CS owner: a light task, or a line in the
 *                           "Advocacy opportunities" section of their weekly digest
 * @param businessHours      on: the playbook's due times and the escalation period count working time in the
 *                           calendar of {@code triage.review.business-hours} (zone, hours, days), whether or not
 *                           review SLAs use it; off: around the clock
 */
@ConfigurationProperties("triage.follow-through")
public record FollowThroughProperties(
    @DefaultValue("PT24H") Duration escalateAfter,
    @DefaultValue("PT17H") Duration followUpDueAfter,
    @DefaultValue("30") int renewalWindowDays,
    @DefaultValue("task") Advocacy advocacy,
    @DefaultValue("false") boolean businessHours) {

  /** A promoter's advocacy opportunity: its own light task, or a line in the owner's weekly digest. */
  public enum Advocacy { TASK, DIGEST }

  public static FollowThroughProperties defaults() {
    return new FollowThroughProperties(Duration.ofHours(24), Duration.ofHours(17), 30, Advocacy.TASK, false);
  }
}
