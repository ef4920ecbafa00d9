package com.sentimenttriage.review;

import com.sentimenttriage.records.ScoredTicketStore;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Repository;

/** An account's earlier scored tickets, as the reviewer reads them: one line each, newest first. */
@Repository
public class EarlierTickets {

  static final int MAX_LINES = 10;

  private final ScoredTicketStore tickets;

  public EarlierTickets(ScoredTicketStore tickets) {
    this.tickets = tickets;
  }

  public List<String> of(long accountId, String exceptBusinessKey, Instant since) {
    return tickets.earlierOfAccount(accountId, exceptBusinessKey, since, MAX_LINES).stream()
        .map(t -> String.format("%s  %s  %s, frustration %d, %s%s",
            t.scoredAt().atOffset(ZoneOffset.UTC).toLocalDate(),
            t.ticketId(), t.label(), t.frustration(), t.escalationAction(),
            t.reviewDecision() == null ? "" : " (" + t.reviewDecision() + ")"))
        .toList();
  }
}
