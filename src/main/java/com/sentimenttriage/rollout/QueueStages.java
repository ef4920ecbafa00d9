package com.sentimenttriage.rollout;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The rollout_queue_stage and rollout_stage_change tables: each queue's stage and how it got there. */
@Repository
public class QueueStages {

  private final JdbcTemplate jdbc;

  public QueueStages(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<QueueStage> find(String queue) {
    return jdbc.query("select queue, stage, stage_since from rollout_queue_stage where queue = ?",
        (rs, row) -> new QueueStage(rs.getString(1), RolloutStage.valueOf(rs.getString(2)),
            rs.getTimestamp(3).toInstant()), queue).stream().findFirst();
  }

  /**
   * Moves a queue from {@code change.from()} to {@code change.to()} and writes the audit line, in the caller's
   * transaction. False, with nothing written, when the queue is no longer in {@code from} (someone was quicker).
   */
  public boolean apply(StageChange change, boolean rowExists) {
    Timestamp at = Timestamp.from(change.changedAt());
    int updated = rowExists
        ? jdbc.update("update rollout_queue_stage set stage = ?, stage_since = ? where queue = ? and stage = ?",
            change.to().name(), at, change.queue(), change.from().name())
        : jdbc.update("insert into rollout_queue_stage (queue, stage, stage_since) values (?, ?, ?)",
            change.queue(), change.to().name(), at);
    if (updated != 1) {
      return false;
    }
    jdbc.update("""
        insert into rollout_stage_change (queue, from_stage, to_stage, changed_by, changed_at, reason,
                                          precision_value, judged_count)
        values (?, ?, ?, ?, ?, ?, ?, ?)""",
        change.queue(), change.from().name(), change.to().name(), change.changedBy(), at, change.reason(),
        change.precision(), change.judged());
    return true;
  }

  /** The audit trail, newest first; all queues when {@code queue} is null. */
  public List<StageChange> history(String queue) {
    String select = """
        select queue, from_stage, to_stage, changed_by, changed_at, reason, precision_value, judged_count
          from rollout_stage_change""";
    return queue == null
        ? jdbc.query(select + " order by changed_at desc, id desc", QueueStages::change)
        : jdbc.query(select + " where queue = ? order by changed_at desc, id desc", QueueStages::change, queue);
  }

  private static StageChange change(ResultSet rs, int row) throws SQLException {
    java.math.BigDecimal precision = rs.getBigDecimal(7);
    return new StageChange(rs.getString(1), RolloutStage.valueOf(rs.getString(2)),
        RolloutStage.valueOf(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6),
        precision == null ? null : precision.doubleValue(), rs.getInt(8));
  }
}
