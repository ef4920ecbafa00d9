package com.sentimenttriage.feedback.dashboard;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stage history as scored tickets show it: the first ticket each queue scored in each stage. It knows nothing of
 * who changed the stage; rollout's audit table does.
 */
@Component
public class ScoredTicketRolloutHistory implements RolloutHistory {

  private final JdbcTemplate jdbc;

  public ScoredTicketRolloutHistory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<StageChange> changes() {
    return jdbc.query("""
        select coalesce(queue, 'unknown') as queue, stage, min(scored_at) as since
          from scored_ticket where stage is not null
         group by coalesce(queue, 'unknown'), stage
         order by since""",
        (rs, n) -> new StageChange(rs.getString("queue"), rs.getString("stage"),
            rs.getTimestamp("since").toInstant(), null));
  }
}
