package com.sentimenttriage.monitoring;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The drift_check table: one row per checked week; checking a week again replaces its row. */
@Repository
public class DriftResults {

  private static final String SELECT = """
      select week_start, checked_at, baseline_weeks, week_tickets, baseline_tickets, polarity_psi, topic_psi,
             verdict, report
        from drift_check""";

  private final JdbcTemplate jdbc;

  public DriftResults(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional
  public void save(DriftResult result) {
    jdbc.update("delete from drift_check where week_start = ?", Date.valueOf(result.weekStart()));
    jdbc.update("""
        insert into drift_check (week_start, checked_at, baseline_weeks, week_tickets, baseline_tickets,
                                 polarity_psi, topic_psi, verdict, report)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        Date.valueOf(result.weekStart()), Timestamp.from(result.checkedAt()), result.baselineWeeks(),
        result.weekTickets(), result.baselineTickets(), result.polarityPsi(), result.topicPsi(),
        result.verdict().name(), result.report());
  }

  public Optional<DriftResult> ofWeek(LocalDate weekStart) {
    return jdbc.query(SELECT + " where week_start = ?", DriftResults::row, Date.valueOf(weekStart)).stream()
        .findFirst();
  }

  /** The latest checked weeks, newest first. */
  public List<DriftResult> latest(int limit) {
    return jdbc.query(SELECT + " order by week_start desc limit ?", DriftResults::row, limit);
  }

  private static DriftResult row(ResultSet rs, int rowNum) throws SQLException {
    return new DriftResult(rs.getDate("week_start").toLocalDate(), rs.getTimestamp("checked_at").toInstant(),
        rs.getInt("baseline_weeks"), rs.getInt("week_tickets"), rs.getInt("baseline_tickets"),
        nullable(rs, "polarity_psi"), nullable(rs, "topic_psi"), DriftVerdict.valueOf(rs.getString("verdict")),
        rs.getString("report"));
  }

  private static Double nullable(ResultSet rs, String column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }
}
