package com.sentimenttriage.intake;

import com.sentimenttriage.records.ThreadTurns;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;

/**
 * Writes each helpdesk thread's customer messages and agent replies, masked, into records' {@link ThreadTurns} for
 * the coaching view (issue 17). Only masked text reaches it. A delivery is stored once: its key is the provider's
 * event id, else the ticket with the text's digest, so a helpdesk's retry adds no second turn.
 */
@Component
public class ThreadTurnRecorder {

  static final int MAX_TEXT = 8000;

  private final ThreadTurns turns;

  public ThreadTurnRecorder(ThreadTurns turns) {
    this.turns = turns;
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
    return turns.record(HelpdeskText.cap(key, 300), source, ticketId, author, agentId, agentName,
        HelpdeskText.cap(text, MAX_TEXT), writtenAt == null ? null : writtenAt.toInstant());
  }
}
