package com.sentimenttriage.feedback.dashboard;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Stage history from rollout's audit of every stage change: who moved which queue to which stage, and when. */
@Component
public class ScoredTicketRolloutHistory implements RolloutHistory {

  private final JdbcTemplate jdbc;

  public ScoredTicketRolloutHistory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<StageChange> changes() {
    return jdbc.query("""
        select queue, to_stage, changed_at, changed_by
          from rollout_stage_change
         order by changed_at, id""",
        (rs, n) -> new StageChange(rs.getString("queue"), rs.getString("to_stage"),
            rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by")));
  }
}
