package com.sentimenttriage.survey;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The survey_response table: which instance each survey response started; its primary key keeps it to one. */
@Repository
public class SurveyResponses {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public SurveyResponses(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Optional<String> instanceOf(String responseId) {
    return jdbc.queryForList("select process_instance_id from survey_response where response_id = ?",
        String.class, responseId).stream().findFirst();
  }

  /** @throws org.springframework.dao.DuplicateKeyException when the response was recorded first elsewhere */
  public void record(String responseId, String processInstanceId) {
    jdbc.update("insert into survey_response (response_id, process_instance_id, received_at) values (?, ?, ?)",
        responseId, processInstanceId, Timestamp.from(clock.instant()));
  }
}
