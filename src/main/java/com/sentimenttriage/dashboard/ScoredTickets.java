package com.sentimenttriage.dashboard;

import com.sentimenttriage.alerting.AlertLinks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads scored tickets for the dashboard, joined with the first alert sent for each. */
@Repository
class ScoredTickets {

  private static final String SELECT = """
      select s.business_key, s.ticket_id, s.account_id, s.polarity, s.label, s.topics, s.escalation_action,
             s.queue, s.stage, s.ticket_created_at, s.scored_at, s.review_decision, s.reviewed_at,
             a.first_sent_at
        from scored_ticket s
        left join (select process_instance_id, min(sent_at) as first_sent_at from cs_alert
                    group by process_instance_id) a on a.process_instance_id = s.process_instance_id
      """;

  private final JdbcTemplate jdbc;

  ScoredTickets(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The tickets written since {@code since}: by their creation time at the helpdesk, or when they were scored where
   * the helpdesk gave none. A backfill scores old tickets today; they belong to the weeks they were written.
   */
  List<TicketRow> createdSince(Instant since) {
    return jdbc.query(SELECT + " where coalesce(s.ticket_created_at, s.scored_at) >= ?"
        + " order by coalesce(s.ticket_created_at, s.scored_at)", ScoredTickets::row, Timestamp.from(since));
  }

  /** An account's latest tickets, newest first, with what the drill-down shows of each. */
  List<AccountTicket> recentOfAccount(long accountId, int limit, AlertLinks links) {
    return jdbc.query("""
        select s.business_key, s.process_instance_id, s.source, s.ticket_id, s.masked_text, s.ticket_created_at,
               s.scored_at, s.label, s.polarity, s.topics, s.escalation_action, s.stage, s.review_decision,
               w.actions as helpdesk_actions
          from scored_ticket s
          left join helpdesk_write_back w on w.source = s.source and w.ticket_id = s.ticket_id
         where s.account_id = ?
         order by coalesce(s.ticket_created_at, s.scored_at) desc, s.scored_at desc limit ?""",
        (rs, n) -> {
          String instance = rs.getString("process_instance_id");
          String action = rs.getString("escalation_action");
          String stage = rs.getString("stage");
          return new AccountTicket(rs.getString("business_key"), rs.getString("ticket_id"),
              AccountTicket.subjectOf(rs.getString("masked_text")),
              links.ticket(rs.getString("source"), rs.getString("ticket_id")),
              instance == null ? null : links.cockpit(instance),
              instant(rs.getTimestamp("ticket_created_at")), instant(rs.getTimestamp("scored_at")),
              rs.getString("label"), rs.getDouble("polarity"), TicketRow.topicsOf(rs.getString("topics")), action,
              stage, AccountTicket.outcomeOf(action, stage), rs.getString("review_decision"),
              blankToNull(rs.getString("helpdesk_actions")));
        },
        accountId, limit);
  }

  int count() {
    Integer count = jdbc.queryForObject("select count(*) from scored_ticket", Integer.class);
    return count == null ? 0 : count;
  }

  private static TicketRow row(ResultSet rs, int rowNum) throws SQLException {
    long account = rs.getLong("account_id");
    Long accountId = rs.wasNull() ? null : account;
    return new TicketRow(
        rs.getString("business_key"),
        rs.getString("ticket_id"),
        accountId,
        rs.getDouble("polarity"),
        rs.getString("label"),
        TicketRow.topicsOf(rs.getString("topics")),
        rs.getString("escalation_action"),
        rs.getString("queue"),
        rs.getString("stage"),
        instant(rs.getTimestamp("ticket_created_at")),
        instant(rs.getTimestamp("scored_at")),
        rs.getString("review_decision"),
        instant(rs.getTimestamp("reviewed_at")),
        instant(rs.getTimestamp("first_sent_at")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
