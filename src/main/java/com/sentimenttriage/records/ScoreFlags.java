package com.sentimenttriage.records;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The score_flag table: people saying a past score was wrong. Each flag is a label the learned model trains on. */
@Repository
public class ScoreFlags {

  private final JdbcTemplate jdbc;

  public ScoreFlags(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public record Flag(String businessKey, boolean shouldEscalate, String correctTopic, String comment,
      String flaggedBy, Instant flaggedAt) {
  }

  public boolean ticketExists(String businessKey) {
    Integer count = jdbc.queryForObject("select count(*) from scored_ticket where business_key = ?",
        Integer.class, businessKey);
    return count != null && count > 0;
  }

  /**
   * Stores the flag with the process instance whose scores the ticket's row holds now: the message the person
   * flagging saw. A follow-up re-scored later is another message, and the flag is no label for its text.
   */
  public long add(Flag flag) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into score_flag (business_key, process_instance_id, should_escalate, correct_topic, comment,
                                  flagged_by, flagged_at)
          select business_key, process_instance_id, ?, ?, ?, ?, ? from scored_ticket where business_key = ?""",
          new String[] {"id"});
      statement.setBoolean(1, flag.shouldEscalate());
      statement.setString(2, flag.correctTopic());
      statement.setString(3, flag.comment());
      statement.setString(4, flag.flaggedBy());
      statement.setTimestamp(5, Timestamp.from(flag.flaggedAt()));
      statement.setString(6, flag.businessKey());
      return statement;
    }, key);
    if (key.getKey() == null) {
      throw new IllegalStateException("No scored ticket " + flag.businessKey() + " to flag");
    }
    return key.getKey().longValue();
  }

  public int count() {
    Integer count = jdbc.queryForObject("select count(*) from score_flag", Integer.class);
    return count == null ? 0 : count;
  }
}
