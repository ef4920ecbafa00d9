package com.sentimenttriage.alerting.digest;

import java.time.LocalDate;
import java.util.List;

/**
 * One CS owner's digest: their accounts with tickets in the period, each with its sentiment traffic light.
 *
 * @param title "Weekly digest" or "Daily digest"
 */
public record Digest(String title, String description, String recipient, String recipientName, LocalDate from,
    LocalDate to, List<AccountSection> accounts) {

  /**
   * @param light green, yellow, red or unknown, as the escalation gate sees the account; null for unattached tickets
   * @param declining the light got worse within the drop window, the gate's "declining"
   * @param lightReason the averages and thresholds behind the light, null with the light
   */
  public record AccountSection(String name, String light, boolean declining, String lightReason,
      List<DigestTicket> tickets) {
  }

  /** @param link the ticket in its helpdesk, or null when no URL pattern is configured for the source */
  public record DigestTicket(String ticketId, String label, int frustration, String topics, LocalDate scoredOn,
      String link) {
  }

  public int ticketCount() {
    return accounts.stream().mapToInt(a -> a.tickets().size()).sum();
  }

  public String subject() {
    int tickets = ticketCount();
    return title + ": " + tickets + (tickets == 1 ? " ticket" : " tickets") + " across " + accounts.size()
        + (accounts.size() == 1 ? " account" : " accounts") + " (" + from + " to " + to + ")";
  }
}
