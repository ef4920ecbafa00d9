package com.sentimenttriage.alerting;

import com.sentimenttriage.triage.DurationInWords;
import com.sentimenttriage.triage.RenewalMention;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Everything a CS owner needs to act on an escalated ticket in one read. Ticket text is already masked. Optional
 * facts (health change, renewal date, links) are null when nothing upstream provides them; the templates leave
 * them out.
 *
 * @param idempotencyKey one per decision (process instance and step): the alert is never sent twice under it
 * @param cc            CS manager(s), copied on Critical alerts
 * @param riskFactors   the gate's risk factors as the supervisor saw them (such as "Renewal in 28 days", most
 *                      pressing first), then what only the alert knows (the health score's fall this week)
 * @param decision      how the alert was decided: a supervisor's confirmation, a trusted queue, or nobody in time
 * @param attached      tickets the cooldown attached to this alert instead of alerting again, oldest first
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
    Decision decision,
    List<AttachedTicket> attached) {

  /** Times in alerts: to the minute, in UTC, said so. */
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  public CsAlert {
    cc = List.copyOf(cc);
    riskFactors = List.copyOf(riskFactors);
    attached = attached == null ? List.of() : List.copyOf(attached);
  }

  public record Recipient(String email, String name) {
  }

  /**
   * @param summary  the ticket's most telling sentences, masked
   * @param from     who wrote in: the contact's initials, masked from the name the helpdesk gave; null without one
   * @param writtenAt when the scored message was written (the helpdesk's update time, else its creation time)
   * @param language  ISO 639-1 code of the language the customer wrote in, as the scorer detected it; null if unknown
   */
  public record Ticket(String source, String id, String subject, String summary, String from, Instant writtenAt,
      String language) {

    /**
     * "German" when the customer did not write in English, so the owner knows why the quote and the phrases read as
     * they do and can answer in the customer's language; null for English or an unknown language.
     */
    public String languageName() {
      if (language == null || language.isBlank() || language.equalsIgnoreCase("en")) {
        return null;
      }
      String name = Locale.forLanguageTag(language.strip()).getDisplayLanguage(Locale.ENGLISH);
      return name.isEmpty() ? null : name;
    }

    /** "The contact D. S. wrote on 2026-11-02 08:12 UTC"; null when the helpdesk told neither. */
    public String fromText() {
      if (from == null && writtenAt == null) {
        return null;
      }
      return (from == null ? "The contact (the helpdesk gave no name)" : "The contact " + from) + " wrote"
          + (writtenAt == null ? "" : " on " + TIME.format(writtenAt));
    }
  }

  /**
   * @param currency   ISO 4217 code of the MRR ({@code triage.alerts.currency})
   * @param staleSince null when the values are the CRM's current ones; otherwise when they were last seen (ISO 8601,
   *                   UTC), because the CRM was unavailable when the ticket came in
   */
  public record AccountFacts(String name, boolean known, String plan, Double mrr, String currency,
      LocalDate renewalDate, Integer daysToRenewal, Integer healthScore, Integer healthChange, String staleSince) {

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

    /** "MRR 4,200 USD"; null without an MRR. */
    public String mrrText() {
      if (mrr == null) {
        return null;
      }
      return String.format(Locale.ROOT, "MRR %,.0f", mrr) + (currency == null || currency.isBlank() ? "" : " "
          + currency);
    }

    /**
     * "renews 2026-11-30 (in 28 days)", "renews today", "renewal date passed 5 days ago (2026-10-28)"; null
     * without a renewal date.
     */
    public String renewalText() {
      if (renewalDate == null && daysToRenewal == null) {
        return null;
      }
      String date = renewalDate == null ? "" : " " + renewalDate;
      if (daysToRenewal == null) {
        return "renews" + date;
      }
      if (daysToRenewal < 0) {
        int ago = -daysToRenewal;
        return "renewal date passed " + ago + (ago == 1 ? " day" : " days") + " ago"
            + (renewalDate == null ? "" : " (" + renewalDate + ")");
      }
      if (daysToRenewal == 0) {
        return "renews today" + (renewalDate == null ? "" : " (" + renewalDate + ")");
      }
      return "renews" + date + " (in " + daysToRenewal + (daysToRenewal == 1 ? " day)" : " days)");
    }

    /** The mark on stale values: "stale: CRM unavailable, values as of 2026-05-04T09:12Z"; null when current. */
    public String staleText() {
      return staleSince == null ? null : "stale: CRM unavailable, values as of " + staleSince;
    }
  }

  /** @param phrases the words that drove the score, strongest first, each once and without the scorer's weights */
  public record Scores(String label, int frustration, String topics, List<String> phrases) {

    public Scores {
      phrases = phrases == null ? List.of() : List.copyOf(phrases);
    }

    /** “unacceptable”, “disappeared”; empty without phrases. */
    public String phrasesText() {
      return String.join(", ", phrases.stream().map(p -> "“" + p + "”").toList());
    }
  }

  /**
   * Where the reader follows up. Each link is null when it cannot be built or its reader could not use it: the
   * helpdesk ticket without a URL from the payload or a pattern for the source; Tasklist and Cockpit for a reader
   * who is no Camunda user with access to them.
   *
   * @param followThrough the CS owner's own task for this alert (issue 18), through the app's redirect
   */
  public record Links(String ticket, String tasklist, String cockpit, String followThrough) {

    public Links(String ticket, String tasklist, String cockpit) {
      this(ticket, tasklist, cockpit, null);
    }
  }

  /**
   * A ticket the cooldown attached to this alert: it arrived while the alert was open, for the same account and
   * topic (or thread), and raised no alert of its own.
   *
   * @param link the ticket in its helpdesk, null when there is none
   */
  public record AttachedTicket(String ticketId, String subject, int frustration, Instant attachedAt, String link) {

    /** "4712 “Still broken” · frustration 80/100 · attached 2026-11-02 10:00 UTC". */
    public String text() {
      return ticketId + (subject == null || subject.isBlank() ? "" : " “" + subject + "”") + " · frustration "
          + frustration + "/100 · attached " + TIME.format(attachedAt);
    }
  }

  /** How the alert was decided; each alert says which, so none claims a review that did not happen. */
  public enum DecidedBy { SUPERVISOR, QUEUE, NOBODY_IN_TIME }

  /**
   * @param by          which of the three ways
   * @param reviewer    the supervisor who confirmed (display name, else user id); null when unknown or not reviewed
   * @param reviewedAt  when they completed the review; null when unknown or not reviewed
   * @param queue       the rollout queue and its {@code stage} when the queue decided or nobody reviewed in time
   * @param auditSampled whether an automatic alert was drawn for a supervisor's audit afterwards
   * @param reviewSla   the review's SLA (ISO 8601) for an alert sent unreviewed
   */
  public record Decision(DecidedBy by, String reviewer, Instant reviewedAt, String queue, String stage,
      boolean auditSampled, String reviewSla) {

    public static Decision confirmed(String reviewer, Instant reviewedAt) {
      return new Decision(DecidedBy.SUPERVISOR, reviewer, reviewedAt, null, null, false, null);
    }

    public static Decision automatic(String queue, String stage, boolean auditSampled) {
      return new Decision(DecidedBy.QUEUE, null, null, queue, stage, auditSampled, null);
    }

    public static Decision notReviewedInTime(String queue, String stage, String reviewSla) {
      return new Decision(DecidedBy.NOBODY_IN_TIME, null, null, queue, stage, false, reviewSla);
    }

    /** A few words for the chat post's first line: "Confirmed by Sam Park", "Sent automatically (PROBATION)". */
    public String headline() {
      return switch (by) {
        case SUPERVISOR -> "Confirmed by " + (reviewer == null ? "a supervisor" : reviewer);
        case QUEUE -> "Sent automatically" + (stage == null ? "" : " (" + stage + ")")
            + (auditSampled ? ", to be audited" : "");
        case NOBODY_IN_TIME -> "Sent unreviewed: not reviewed in time";
      };
    }

    /** The sentence every alert opens with. */
    public String text() {
      return switch (by) {
        case SUPERVISOR -> (reviewer == null ? "A supervisor" : "Supervisor " + reviewer)
            + " reviewed this escalation and confirmed it"
            + (reviewedAt == null ? "." : " on " + TIME.format(reviewedAt) + ".");
        case QUEUE -> "Sent automatically, without a supervisor's review: " + queueText() + " alerts at once. "
            + (auditSampled ? "This alert was drawn for an audit: a supervisor will check it afterwards."
                : "It was not drawn for an audit, so no supervisor checks it.");
        case NOBODY_IN_TIME -> "Sent unreviewed: nobody reviewed this escalation within twice its review SLA"
            + slaText() + ", and " + queueText() + " sends alerts unreviewed then. The review task stays open.";
      };
    }

    /** " of 4 hours (8 hours)": the SLA and twice it, in words; empty without an SLA. */
    private String slaText() {
      String once = DurationInWords.ofIso(reviewSla);
      if (once == null) {
        return "";
      }
      try {
        return " of " + once + " (" + DurationInWords.of(java.time.Duration.parse(reviewSla.strip()).multipliedBy(2))
            + ")";
      } catch (java.time.format.DateTimeParseException notADuration) {
        return " of " + once;
      }
    }

    private String queueText() {
      return "queue " + (queue == null ? "(unknown)" : "“" + queue + "”")
          + (stage == null ? "" : " (stage " + stage + ")");
    }
  }

  /** Sent because nobody reviewed in time (twice the SLA), in a queue that alerts then. */
  public boolean unreviewed() {
    return decision.by() == DecidedBy.NOBODY_IN_TIME;
  }

  /**
   * A subject line that sorts in a mailbox: severity first, then account, then what happened, and a near renewal in
   * the gate's own words.
   */
  public String mailSubject() {
    String renewal = RenewalMention.of(account.daysToRenewal()).map(r -> " (" + r + ")").orElse("");
    String marker = unreviewed() ? "[Not reviewed in time] " : "";
    return marker + "[" + severity + "] " + account.name() + " — " + ticket.subject() + renewal;
  }
}
