package com.sentimenttriage.alerting;

/** Everything a CS owner needs to act on an escalated ticket in one read. Ticket text is already masked. */
public record CsAlert(
    String idempotencyKey,
    String processInstanceId,
    String recipient,
    String recipientName,
    String ticketId,
    String subject,
    String ticketText,
    String accountName,
    String plan,
    Double mrr,
    Integer daysToRenewal,
    String severity,
    String sentimentLabel,
    int frustration,
    String topics,
    String scoreExplanation,
    String escalationReason,
    String reviewComment,
    boolean unreviewed) {

  /** A subject line that sorts in a mailbox: severity first, then account, then what happened. */
  public String mailSubject() {
    String renewal = daysToRenewal != null && daysToRenewal >= 0 && daysToRenewal <= 90
        ? " (renewal in " + daysToRenewal + " days)" : "";
    String marker = unreviewed ? "[Not reviewed in time] " : "";
    return marker + "[" + severity + "] " + accountName + " — " + subject + renewal;
  }
}
