package com.sentimenttriage.dashboard;

import com.sentimenttriage.scoring.TicketText;
import java.time.Instant;
import java.util.List;

/**
 * One ticket of the account drill-down: what a supervisor needs to recognise it (its masked subject) and to open it
 * (the helpdesk ticket where a link pattern is configured for its source, and the process instance in Cockpit).
 *
 * @param subject  the masked subject as stored with the text, else the message's first line; null for tickets
 *                 scored before texts were kept
 * @param ticketUrl the ticket in its helpdesk; null when no link pattern is configured for the source
 * @param outcome  what became of it, in words: escalated, or what a PASSIVE queue only recorded
 * @param escalationAction the gate's action (ALERT, DIGEST, LOG), for the flag button
 * @param helpdeskActions what the write-back did in the helpdesk beyond fields and tags, as recorded with the write
 *                 ("priority=urgent; group=senior-support"); null when it did nothing more or wrote nothing
 */
public record AccountTicket(String businessKey, String ticketId, String subject, String ticketUrl,
    String instanceUrl, Instant createdAt, Instant scoredAt, String label, double polarity, List<String> topics,
    String escalationAction, String stage, String outcome, String reviewDecision, String helpdeskActions) {

  static final int SUBJECT_LENGTH = 90;

  /** Subject and message are stored as "subject.\nmessage" (scoring.TicketText): the first line is the subject. */
  static String subjectOf(String maskedText) {
    String first = TicketText.subjectOf(maskedText);
    if (first == null) {
      return null;
    }
    return first.length() <= SUBJECT_LENGTH ? first : first.substring(0, SUBJECT_LENGTH - 1).strip() + "…";
  }

  /** The gate's action as a supervisor reads it; a PASSIVE queue's alert reached nobody. */
  static String outcomeOf(String escalationAction, String stage) {
    if (escalationAction == null) {
      return "Scored only (backfill)";
    }
    return switch (escalationAction) {
      case "ALERT" -> "PASSIVE".equals(stage) ? "Would have escalated (passive queue: nobody notified)" : "Escalated";
      case "DIGEST" -> "In the weekly digest";
      case "LOG" -> "Logged";
      default -> escalationAction;
    };
  }
}
