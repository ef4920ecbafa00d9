package com.sentimenttriage.alerting;

import com.sentimenttriage.triage.RenewalMention;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a CS owner needs to act on an escalated ticket in one read. Ticket text is already masked. Optional
 * facts (health change, renewal date, links) are null when nothing upstream provides them; the templates leave
 * them out.
 *
 * @param idempotencyKey one per decision (process instance and step): the alert is never sent twice under it
 * @param cc            CS manager(s), copied on Critical alerts
 * @param riskFactors   the gate's risk factors as the supervisor saw them (such as "Renewal in 28 days", most
 *                      pressing first), then what only the alert knows (the health score's fall this week)
 */
public record CsAlert(
    String idempotencyKey,
    String processInstanceId,
    String severity,
    Recipient to,
    List<String> cc,
    Ticket ticket,
    AccountFacts account,
    Scores scores,
    String escalationReason,
    List<String> riskFactors,
    String recommendedAction,
    String reviewComment,
    Links links,
    boolean unreviewed) {

  public CsAlert {
    cc = List.copyOf(cc);
    riskFactors = List.copyOf(riskFactors);
  }

  public record Recipient(String email, String name) {
  }

  /** @param summary the ticket's most telling sentences, masked */
  public record Ticket(String source, String id, String subject, String summary) {
  }

  /**
   * @param staleSince null when the values are the CRM's current ones; otherwise when they were last seen (ISO 8601,
   *                   UTC), because the CRM was unavailable when the ticket came in
   */
  public record AccountFacts(String name, boolean known, String plan, Double mrr, LocalDate renewalDate,
      Integer daysToRenewal, Integer healthScore, Integer healthChange, String staleSince) {

    public AccountFacts(String name, boolean known, String plan, Double mrr, LocalDate renewalDate,
        Integer daysToRenewal, Integer healthScore, Integer healthChange) {
      this(name, known, plan, mrr, renewalDate, daysToRenewal, healthScore, healthChange, null);
    }

    /** "+4", "-7" or "±0": how the health score moved this week. */
    public String healthChangeText() {
      if (healthChange == null) {
        return null;
      }
      return healthChange == 0 ? "±0" : String.format("%+d", healthChange);
    }

    /** "Health: 58/100, down 14 pts this week", as the recipe words it; null without a health score. */
    public String healthText() {
      if (healthScore == null) {
        return null;
      }
      String health = "Health: " + healthScore + "/100";
      if (healthChange == null) {
        return health;
      }
      if (healthChange == 0) {
        return health + ", unchanged this week";
      }
      int points = Math.abs(healthChange);
      return health + ", " + (healthChange < 0 ? "down " : "up ") + points + (points == 1 ? " pt" : " pts")
          + " this week";
    }

    /** The mark on stale values: "stale: CRM unavailable, values as of 2026-05-04T09:12Z"; null when current. */
    public String staleText() {
      return staleSince == null ? null : "stale: CRM unavailable, values as of " + staleSince;
    }
  }

  /** @param drivers the phrases that drove the score, with their weights */
  public record Scores(String label, int frustration, String topics, String drivers) {
  }

  /**
   * Each link is null when it cannot be built (no helpdesk URL pattern for the source, no review task).
   *
   * @param followThrough the CS owner's own task for this alert (issue 18), through the app's redirect
   */
  public record Links(String ticket, String tasklist, String cockpit, String followThrough) {

    public Links(String ticket, String tasklist, String cockpit) {
      this(ticket, tasklist, cockpit, null);
    }
  }

  /**
   * A subject line that sorts in a mailbox: severity first, then account, then what happened, and a near renewal in
   * the gate's own words.
   */
  public String mailSubject() {
    String renewal = RenewalMention.of(account.daysToRenewal()).map(r -> " (" + r + ")").orElse("");
    String marker = unreviewed ? "[Not reviewed in time] " : "";
    return marker + "[" + severity + "] " + account.name() + " — " + ticket.subject() + renewal;
  }
}
