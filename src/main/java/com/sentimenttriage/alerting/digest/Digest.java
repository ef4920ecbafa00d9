package com.sentimenttriage.alerting.digest;

import java.time.LocalDate;
import java.util.List;

/**
 * One CS owner's digest: their accounts with tickets in the period, each with its sentiment traffic light.
 *
 * @param title "Weekly digest" or "Daily digest"
 * @param advocacy the section "Advocacy opportunities": promoters' tickets that opened no task, by account (weekly
 *     digest only; empty otherwise)
 */
public record Digest(String title, String description, String recipient, String recipientName, LocalDate from,
    LocalDate to, List<AccountSection> accounts, List<AccountSection> advocacy) {

  public Digest(String title, String description, String recipient, String recipientName, LocalDate from,
      LocalDate to, List<AccountSection> accounts) {
    this(title, description, recipient, recipientName, from, to, accounts, List.of());
  }

  /**
   * @param light green, yellow, red or unknown, as the escalation gate sees the account; null for unattached tickets
   * @param declining the light got worse within the drop window, the gate's "declining"
   * @param lightReason the averages and thresholds behind the light, null with the light
   */
  public record AccountSection(String name, String light, boolean declining, String lightReason,
      List<DigestTicket> tickets) {
  }

  /**
   * @param subject the ticket's subject (masked), null when it had none
   * @param link the ticket in its helpdesk (the URL its payload carried, else the source's configured pattern), or
   *     null when there is neither
   */
  public record DigestTicket(String ticketId, String subject, String label, int frustration, String topics,
      LocalDate scoredOn, String link) {

    /** "4711 “Export broken again”", or the id alone without a subject. */
    public String title() {
      return subject == null ? ticketId : ticketId + " “" + subject + "”";
    }
  }

  public int ticketCount() {
    return accounts.stream().mapToInt(a -> a.tickets().size()).sum();
  }

  public int advocacyCount() {
    return advocacy.stream().mapToInt(a -> a.tickets().size()).sum();
  }

  public String subject() {
    int tickets = ticketCount();
    int opportunities = advocacyCount();
    String listed = accounts.isEmpty() ? "" : tickets + (tickets == 1 ? " ticket" : " tickets") + " across "
        + accounts.size() + (accounts.size() == 1 ? " account" : " accounts");
    String advocacyPart = opportunities == 0 ? ""
        : opportunities + (opportunities == 1 ? " advocacy opportunity" : " advocacy opportunities");
    String both = listed.isEmpty() || advocacyPart.isEmpty() ? listed + advocacyPart : listed + ", " + advocacyPart;
    return title + ": " + both + " (" + from + " to " + to + ")";
  }
}
