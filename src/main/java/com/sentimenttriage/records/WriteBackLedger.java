package com.sentimenttriage.records;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The helpdesk_write_back table: per helpdesk ticket, what was written last (V17_1__helpdesk_write_back.sql). The
 * write-back keeps it; an account's latest tickets show its actions through a join in {@link ScoredTicketStore}.
 */
@Repository
public class WriteBackLedger {

  /** One ticket's row. */
  public record Entry(String fingerprint, String actions, int writes) {
  }

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public WriteBackLedger(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Optional<Entry> find(String source, String ticketId) {
    List<Entry> rows = jdbc.query("select fingerprint, actions, writes from helpdesk_write_back"
            + " where source = ? and ticket_id = ?",
        (rs, i) -> new Entry(rs.getString(1), rs.getString(2), rs.getInt(3)), source, ticketId);
    return rows.stream().findFirst();
  }

  /** Records a committed write: the row replaces the one before, and counts the writes. */
  public void record(String source, String ticketId, String label, int frustration, String severity,
      boolean escalated, String fingerprint, String actions, String processInstanceId) {
    Timestamp now = Timestamp.from(clock.instant());
    int updated = jdbc.update("update helpdesk_write_back set fingerprint = ?, label = ?, frustration = ?,"
            + " severity = ?, escalated = ?, actions = ?, process_instance_id = ?, writes = writes + 1, written_at = ?"
            + " where source = ? and ticket_id = ?",
        fingerprint, label, frustration, severity, escalated, actions, processInstanceId, now, source, ticketId);
    if (updated == 0) {
      jdbc.update("insert into helpdesk_write_back (source, ticket_id, fingerprint, label, frustration, severity,"
              + " escalated, actions, process_instance_id, writes, written_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
          source, ticketId, fingerprint, label, frustration, severity, escalated, actions, processInstanceId, now);
    }
  }
}
