package com.sentimenttriage.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The thread_turn table (issue 17): each helpdesk thread's customer messages and agent replies in the order they
 * were written, masked, for the coaching view. Only masked text reaches it. A delivery is stored once: its key is
 * the provider's event id, else the ticket with the text's digest, so a helpdesk's retry adds no second turn.
 */
@Repository
public class ThreadTurns {

  static final int MAX_TEXT = 8000;

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public ThreadTurns(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Stores an agent's reply, already masked.
   *
   * @return false when this delivery was stored before (a helpdesk's retry)
   */
  public boolean recordAgentReply(AgentReply masked) {
    String key = masked.source() + ":" + masked.ticketId() + "#agent:"
        + (HelpdeskText.isBlank(masked.eventId()) ? "text:" + IncomingTicket.sha256(masked.agentId() + "\n" + masked.body())
            : "event:" + masked.eventId().strip());
    return insert(key, masked.source(), masked.ticketId(), "AGENT", HelpdeskText.cap(masked.agentId(), 200),
        HelpdeskText.cap(masked.agentName(), 200), masked.body(), masked.writtenAt());
  }

  /**
   * Stores the customer's latest message of a ticket triage accepted, already masked. It was written at the ticket's
   * update time; without one, at its creation only when it is the thread's first message (else a follow-up would
   * sort before the agent replies it answers), otherwise when it arrived.
   */
  public void recordCustomerMessage(IncomingTicket masked) {
    OffsetDateTime written = masked.updatedAt() != null ? masked.updatedAt()
        : masked.earlierMessages().isEmpty() ? masked.createdAt() : null;
    insert(masked.deliveryKey(), masked.source(), masked.ticketId(), "CUSTOMER", null, null, masked.body(),
        written);
  }

  private boolean insert(String key, String source, String ticketId, String author, String agentId,
      String agentName, String text, OffsetDateTime writtenAt) {
    Instant now = clock.instant();
    try {
      jdbc.update("""
          insert into thread_turn (delivery_key, source, ticket_id, author, agent_id, agent_name, masked_text,
                                   written_at, received_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
          HelpdeskText.cap(key, 300), source, ticketId, author, agentId, agentName, HelpdeskText.cap(text, MAX_TEXT),
          Timestamp.from(writtenAt == null ? now : writtenAt.toInstant()), Timestamp.from(now));
      return true;
    } catch (DuplicateKeyException repeated) {
      return false;
    }
  }
}
