package com.sentimenttriage.dashboard;

import com.sentimenttriage.alerting.AlertLinks;
import com.sentimenttriage.records.ScoredTicketStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Repository;

/** Reads scored tickets for the dashboard, joined with the first alert sent for each. */
@Repository
class ScoredTickets {

  private final ScoredTicketStore tickets;

  ScoredTickets(ScoredTicketStore tickets) {
    this.tickets = tickets;
  }

  /**
   * The tickets written since {@code since}: by their creation time at the helpdesk, or when they were scored where
   * the helpdesk gave none. A backfill scores old tickets today; they belong to the weeks they were written.
   */
  List<TicketRow> createdSince(Instant since) {
    return tickets.writtenSinceWithFirstAlert(since, ScoredTickets::row);
  }

  /** An account's latest tickets, newest first, with what the drill-down shows of each. */
  List<AccountTicket> recentOfAccount(long accountId, int limit, AlertLinks links) {
    return tickets.latestOfAccount(accountId, limit, (rs, n) -> {
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
    });
  }

  int count() {
    return (int) tickets.count();
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
