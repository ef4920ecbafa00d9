package com.sentimenttriage.support;

import java.util.List;

/**
 * Generic-webhook tickets for load: a few demo accounts (accounts/demo-accounts.csv) get many tickets at once, in a
 * mix of angry, neutral and happy texts, so some reach the alert path and many share an account's cooldown.
 */
public final class DemoTickets {

  /** The accounts that get the load; other tests keep clear of them (their cooldowns hold alerts). */
  public static final List<String> DOMAINS = List.of("acme.example", "globex.example", "initech.example",
      "umbrella-health.example", "stark-fab.example", "lakeside-labs.example", "oak-pharma.example");
  private static final List<String> TEXTS = List.of(
      "I have asked three times and still no answer. This is unacceptable, we are reconsidering our renewal.",
      "The numbers are wrong in every report since the update. Data disappeared. Fix this now!",
      "Thanks, the new dashboard works great and the team loves it.",
      "How do I add a new user to our workspace?",
      "We were charged twice this month and nobody replies. Very disappointed.",
      "Sync stopped again, the webhook is not firing. Second time this week.");

  /** The JSON body of ticket number {@code n} of the mix, delivered under {@code ticketId}. */
  public static String json(String ticketId, int n) {
    String domain = DOMAINS.get(n % DOMAINS.size());
    String text = TEXTS.get((n / DOMAINS.size()) % TEXTS.size());
    return """
        {"ticketId": "%s", "subject": "Ticket %d", "body": "%s", "requesterEmail": "user%d@%s", "channel": "email"}"""
        .formatted(ticketId, n, text, n % 40, domain);
  }

  private DemoTickets() {
  }
}
