package com.sentimenttriage.triage;

import java.util.Optional;

/**
 * "Renewal in 28 days": the words and the horizon with which the gate's risk factors and the CS alert's subject line
 * mention a renewal. One place, so the subject cannot name a renewal the supervisor was not shown, or word it
 * differently.
 */
public final class RenewalMention {

  /** Renewals closer than this are worth mentioning. */
  private static final int WITHIN_DAYS = 90;

  private RenewalMention() {
  }

  public static Optional<String> of(Integer daysToRenewal) {
    return daysToRenewal != null && daysToRenewal >= 0 && daysToRenewal <= WITHIN_DAYS
        ? Optional.of("Renewal in " + daysToRenewal + " days") : Optional.empty();
  }
}
