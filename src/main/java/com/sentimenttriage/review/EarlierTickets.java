package com.sentimenttriage.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** An account's earlier scored tickets, as the reviewer reads them: one line each, newest first. */
@Repository
public class EarlierTickets {

  static final int MAX_LINES = 10;

  private final JdbcTemplate jdbc;

  public EarlierTickets(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<String> of(long accountId, String exceptBusinessKey, Instant since) {
    return jdbc.query("""
        select scored_at, ticket_id, label, frustration, escalation_action, review_decision
          from scored_ticket
         where account_id = ? and business_key <> ? and scored_at >= ?
         order by scored_at desc
         limit ?""",
        (rs, row) -> String.format("%s  %s  %s, frustration %d, %s%s",
            rs.getTimestamp(1).toInstant().atOffset(ZoneOffset.UTC).toLocalDate(),
            rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
            rs.getString(6) == null ? "" : " (" + rs.getString(6) + ")"),
        accountId, exceptBusinessKey, Timestamp.from(since), MAX_LINES);
  }
}
