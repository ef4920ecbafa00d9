package com.sentimenttriage.feedback.learning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The feedback_model table (every trained version) and the labelled examples the models learn from. */
@Repository
public class FeedbackModels {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcTemplate jdbc;

  public FeedbackModels(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public record StoredModel(int version, Instant trainedAt, int labelledExamples, int heldOutExamples,
      double modelAccuracy, double rulesAccuracy, boolean promoted) {
  }

  public record ActiveModel(int version, int labelledExamples, NaiveBayesModel model) {
  }

  /**
   * Reviewed, audited or flagged tickets with their text. A flag wins over everything (it is the deliberate
   * correction), a recall audit's answer over the review (audited tickets were not escalated, so rarely reviewed);
   * decisions other than confirm and dismiss are not labels of escalation and are left out.
   */
  public List<LabelledExample> labelledExamples() {
    Map<String, Boolean> flags = new java.util.HashMap<>();
    jdbc.query("""
        select business_key, should_have_escalated from recall_audit_ticket
         where should_have_escalated is not null order by audited_at""",
        rs -> {
          flags.put(rs.getString(1), rs.getBoolean(2));
        });
    jdbc.query("select business_key, should_escalate from score_flag order by flagged_at, id",
        rs -> {
          flags.put(rs.getString(1), rs.getBoolean(2));
        });
    List<LabelledExample> examples = new ArrayList<>();
    jdbc.query("""
        select business_key, masked_text, escalation_action, review_decision from scored_ticket
         where masked_text is not null order by business_key""", rs -> {
          String key = rs.getString(1);
          String decision = rs.getString(4);
          Boolean label = flags.containsKey(key) ? flags.get(key)
              : "confirm".equals(decision) ? Boolean.TRUE
              : "dismiss".equals(decision) ? Boolean.FALSE : null;
          if (label != null) {
            examples.add(new LabelledExample(key, TicketTokens.of(rs.getString(2)), label,
                "ALERT".equals(rs.getString(3))));
          }
        });
    return examples;
  }

  public synchronized int save(ModelTrainer.Outcome outcome, Instant trainedAt) {
    Integer latest = jdbc.queryForObject("select max(version) from feedback_model", Integer.class);
    int version = latest == null ? 1 : latest + 1;
    jdbc.update("""
        insert into feedback_model (version, trained_at, labelled_examples, held_out_examples, model_accuracy,
                                    rules_accuracy, promoted, parameters)
        values (?, ?, ?, ?, ?, ?, ?, ?)""",
        version, Timestamp.from(trainedAt), outcome.labelledExamples(), outcome.heldOutExamples(),
        outcome.modelAccuracy(), outcome.rulesAccuracy(), outcome.promoted(), toJson(outcome.model()));
    return version;
  }

  /** The newest promoted model, if any model ever beat the rules. */
  public Optional<ActiveModel> active() {
    return jdbc.query("""
        select version, labelled_examples, parameters from feedback_model
         where promoted = true order by version desc limit 1""",
        (rs, n) -> new ActiveModel(rs.getInt(1), rs.getInt(2), fromJson(rs.getString(3))))
        .stream().findFirst();
  }

  public Optional<Integer> activeVersion() {
    return Optional.ofNullable(jdbc.queryForObject(
        "select max(version) from feedback_model where promoted = true", Integer.class));
  }

  public List<StoredModel> all() {
    return jdbc.query("""
        select version, trained_at, labelled_examples, held_out_examples, model_accuracy, rules_accuracy, promoted
          from feedback_model order by version desc""",
        (rs, n) -> new StoredModel(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getInt(3), rs.getInt(4),
            rs.getDouble(5), rs.getDouble(6), rs.getBoolean(7)));
  }

  private static String toJson(NaiveBayesModel model) {
    try {
      return JSON.writeValueAsString(model);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static NaiveBayesModel fromJson(String json) {
    try {
      return JSON.readValue(json, NaiveBayesModel.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored model parameters are unreadable", e);
    }
  }
}
