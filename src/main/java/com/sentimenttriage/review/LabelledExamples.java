package com.sentimenttriage.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The labelled_example table: every review decision and audit outcome, and the precision they add up to. */
@Repository
public class LabelledExamples {

  private final JdbcTemplate jdbc;

  public LabelledExamples(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(LabelledExample example) {
    jdbc.update("""
        insert into labelled_example (business_key, process_instance_id, queue, kind, decision, correct,
                                      scored_label, corrected_label, scored_topics, corrected_topic,
                                      recommended_action, review_comment, judged_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        example.businessKey(), example.processInstanceId(), example.queue(), example.kind().name(),
        example.decision().value(), example.decision().correct(), example.scoredLabel(), example.correctedLabel(),
        example.scoredTopics(), example.correctedTopic(), example.recommendedAction(), example.comment(),
        Timestamp.from(example.judgedAt()));
  }

  /** Whether each of the queue's latest judgements since {@code since} (all when null) was correct, newest first. */
  public List<Boolean> latestOutcomes(String queue, Instant since, int limit) {
    return since == null
        ? jdbc.queryForList("""
            select correct from labelled_example where queue = ?
             order by judged_at desc, id desc limit ?""", Boolean.class, queue, limit)
        : jdbc.queryForList("""
            select correct from labelled_example where queue = ? and judged_at >= ?
             order by judged_at desc, id desc limit ?""", Boolean.class, queue, Timestamp.from(since), limit);
  }
}
