package com.sentimenttriage.feedback;

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

  public long add(Flag flag) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into score_flag (business_key, should_escalate, correct_topic, comment, flagged_by, flagged_at)
          values (?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      statement.setString(1, flag.businessKey());
      statement.setBoolean(2, flag.shouldEscalate());
      statement.setString(3, flag.correctTopic());
      statement.setString(4, flag.comment());
      statement.setString(5, flag.flaggedBy());
      statement.setTimestamp(6, Timestamp.from(flag.flaggedAt()));
      return statement;
    }, key);
    return key.getKey().longValue();
  }

  public int count() {
    Integer count = jdbc.queryForObject("select count(*) from score_flag", Integer.class);
    return count == null ? 0 : count;
  }
}
