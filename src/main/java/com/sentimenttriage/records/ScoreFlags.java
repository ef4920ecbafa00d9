package com.sentimenttriage.records;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Consumer;
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

  /** Every flag with the text of the instance it flagged, oldest first (a later flag overrules). */
  public void forEachFlag(Consumer<TicketLabel> flag) {
    jdbc.query("""
        select f.business_key, s.masked_text, s.escalation_action, f.should_escalate
          from score_flag f""" + LabelledExamples.judgedTicketOf("f") + """
         where s.masked_text is not null order by f.flagged_at, f.id""", rs -> {
      flag.accept(new TicketLabel(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
    });
  }

  /** A flag's corrected topic beside the masked text of the instance it flagged. */
  public record FlaggedTopic(String businessKey, String maskedText, String correctTopic) {
  }

  /** Every flag that names the correct topic, oldest first (a later flag overrules). */
  public void forEachFlaggedTopic(Consumer<FlaggedTopic> flag) {
    jdbc.query("""
        select f.business_key, s.masked_text, f.correct_topic
          from score_flag f""" + LabelledExamples.judgedTicketOf("f") + """
         where f.correct_topic is not null and s.masked_text is not null order by f.flagged_at, f.id""", rs -> {
      flag.accept(new FlaggedTopic(rs.getString(1), rs.getString(2), rs.getString(3)));
    });
  }

  public int count() {
    Integer count = jdbc.queryForObject("select count(*) from score_flag", Integer.class);
    return count == null ? 0 : count;
  }
}
