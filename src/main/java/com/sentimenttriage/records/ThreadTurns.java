package com.sentimenttriage.records;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The thread_turn table (issue 17): each helpdesk thread's customer messages and agent replies in the order they
 * were written, masked. The intake writes them (only masked text reaches it), the coaching view reads them and keeps
 * each customer message's polarity once scored. A delivery is stored once, under its key.
 */
@Repository
public class ThreadTurns {

  /** A stored turn; {@code polarity} is null for an agent's reply and for a customer message not scored yet. */
  public record StoredTurn(long id, String source, String ticketId, String author, String agentId,
      String agentName, String maskedText, Instant writtenAt, Double polarity) {
  }

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public ThreadTurns(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Stores a turn, received now; {@code writtenAt} null for when it arrived.
   *
   * @return false when a turn of this delivery key was stored before (a helpdesk's retry)
   */
  public boolean record(String deliveryKey, String source, String ticketId, String author, String agentId,
      String agentName, String maskedText, Instant writtenAt) {
    Instant now = clock.instant();
    try {
      jdbc.update("""
          insert into thread_turn (delivery_key, source, ticket_id, author, agent_id, agent_name, masked_text,
                                   written_at, received_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
          deliveryKey, source, ticketId, author, agentId, agentName, maskedText,
          Timestamp.from(writtenAt == null ? now : writtenAt), Timestamp.from(now));
      return true;
    } catch (DuplicateKeyException repeated) {
      return false;
    }
  }

  /** The turns written since {@code since}, in the order they were written, read one by one. */
  public void forEachWrittenSince(Instant since, Consumer<StoredTurn> turn) {
    jdbc.query("""
        select id, source, ticket_id, author, agent_id, agent_name, masked_text, written_at, polarity
          from thread_turn where written_at >= ? order by written_at, id""", (RowCallbackHandler) row -> {
      turn.accept(new StoredTurn(row.getLong("id"), row.getString("source"), row.getString("ticket_id"),
          row.getString("author"), row.getString("agent_id"), row.getString("agent_name"),
          row.getString("masked_text"), row.getTimestamp("written_at").toInstant(),
          row.getObject("polarity") == null ? null : row.getDouble("polarity")));
    }, Timestamp.from(since));
  }

  /** Keeps the polarities of customer messages scored since they were stored, by turn id. */
  public void keepPolarities(Map<Long, Double> polarityById) {
    if (polarityById.isEmpty()) {
      return;
    }
    List<Object[]> rows = polarityById.entrySet().stream()
        .map(turn -> new Object[] {turn.getValue(), turn.getKey()}).toList();
    jdbc.batchUpdate("update thread_turn set polarity = ? where id = ?", rows);
  }
}
