package com.sentimenttriage.feedback.learning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.feedback.dashboard.TicketRow;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The feedback_topic_model table (every trained topic model) and the topics people settled. */
@Repository
public class TopicModels {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcTemplate jdbc;

  public TopicModels(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A ticket's masked text and the topic a person settled for it, as they wrote it. */
  public record SettledTopic(String businessKey, String text, String topic) {
  }

  public record ActiveTopicModel(int version, int labelledExamples, TopicModel model) {
  }

  /**
   * Per ticket, the latest settled topic: a reviewer's reclassified topic, else the first topic the reviewed ticket
   * carried (the reviewer saw it and kept it); a flag's {@code correctTopic} wins over both.
   */
  public List<SettledTopic> settledTopics() {
    Map<String, SettledTopic> settled = new LinkedHashMap<>();
    jdbc.query("""
        select l.business_key, s.masked_text, l.corrected_topic, l.scored_topics
          from labelled_example l join scored_ticket s on s.business_key = l.business_key
         where s.masked_text is not null order by l.judged_at, l.id""", rs -> {
          String topic = rs.getString(3) != null ? rs.getString(3)
              : TicketRow.topicsOf(rs.getString(4)).stream().findFirst().orElse(null);
          if (topic != null) {
            settled.put(rs.getString(1), new SettledTopic(rs.getString(1), rs.getString(2), topic));
          }
        });
    jdbc.query("""
        select f.business_key, s.masked_text, f.correct_topic
          from score_flag f join scored_ticket s on s.business_key = f.business_key
         where f.correct_topic is not null and s.masked_text is not null order by f.flagged_at, f.id""",
        rs -> {
          settled.put(rs.getString(1), new SettledTopic(rs.getString(1), rs.getString(2), rs.getString(3)));
        });
    return List.copyOf(settled.values());
  }

  public synchronized int save(TopicTrainer.Outcome outcome, Instant trainedAt) {
    Integer latest = jdbc.queryForObject("select max(version) from feedback_topic_model", Integer.class);
    int version = latest == null ? 1 : latest + 1;
    jdbc.update("""
        insert into feedback_topic_model (version, trained_at, labelled_examples, held_out_examples,
                                          model_accuracy, rules_accuracy, promoted, parameters)
        values (?, ?, ?, ?, ?, ?, ?, ?)""",
        version, Timestamp.from(trainedAt), outcome.labelledExamples(), outcome.heldOutExamples(),
        outcome.modelAccuracy(), outcome.rulesAccuracy(), outcome.promoted(), toJson(outcome.model()));
    return version;
  }

  public Optional<Integer> activeVersion() {
    return Optional.ofNullable(jdbc.queryForObject(
        "select max(version) from feedback_topic_model where promoted = true", Integer.class));
  }

  /** The newest promoted topic model, if one ever beat the rules. */
  public Optional<ActiveTopicModel> active() {
    return jdbc.query("""
        select version, labelled_examples, parameters from feedback_topic_model
         where promoted = true order by version desc limit 1""",
        (rs, n) -> new ActiveTopicModel(rs.getInt(1), rs.getInt(2), fromJson(rs.getString(3))))
        .stream().findFirst();
  }

  public List<FeedbackModels.StoredModel> all() {
    return jdbc.query("""
        select version, trained_at, labelled_examples, held_out_examples, model_accuracy, rules_accuracy, promoted
          from feedback_topic_model order by version desc""",
        (rs, n) -> new FeedbackModels.StoredModel(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getInt(3),
            rs.getInt(4), rs.getDouble(5), rs.getDouble(6), rs.getBoolean(7)));
  }

  private static String toJson(TopicModel model) {
    try {
      return JSON.writeValueAsString(model);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TopicModel fromJson(String json) {
    try {
      return JSON.readValue(json, TopicModel.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored topic model parameters are unreadable", e);
    }
  }
}
