package com.sentimenttriage.learning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The versions of one kind of learned model in its table (feedback_model, feedback_topic_model): every trained
 * version with the figures its promotion was decided on, and its parameters as JSON.
 *
 * @param <M> the model, a record of plain counts
 */
final class ModelVersions<M> {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcTemplate jdbc;
  private final String table;
  private final Class<M> type;

  /** @param table a table name from code, never from input */
  ModelVersions(JdbcTemplate jdbc, String table, Class<M> type) {
    this.jdbc = jdbc;
    this.table = table;
    this.type = type;
  }

  /** @param labels null for a version trained before label counts were kept */
  record Promoted<M>(int version, int labelledExamples, LabelCounts labels, M model) {
  }

  synchronized int save(M model, LabelCounts labels, int heldOutExamples, double modelAccuracy,
      double rulesAccuracy, boolean promoted, Instant trainedAt) {
    Integer latest = jdbc.queryForObject("select max(version) from " + table, Integer.class);
    int version = latest == null ? 1 : latest + 1;
    jdbc.update("insert into " + table + """
         (version, trained_at, labelled_examples, held_out_examples, model_accuracy, rules_accuracy, promoted,
          parameters, review_labels, audit_labels, recall_answer_labels, flag_labels, outcome_labels)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        version, Timestamp.from(trainedAt), labels.total(), heldOutExamples, modelAccuracy, rulesAccuracy,
        promoted, toJson(model), labels.reviews(), labels.audits(), labels.recallAnswers(), labels.flags(),
        labels.outcomes());
    return version;
  }

  /** The newest promoted version, if any ever beat the rules. */
  Optional<Promoted<M>> active() {
    return jdbc.query("select version, labelled_examples, parameters, review_labels, audit_labels, "
            + "recall_answer_labels, flag_labels, outcome_labels from " + table
            + " where promoted = true order by version desc limit 1",
        (rs, n) -> new Promoted<>(rs.getInt(1), rs.getInt(2),
            // outcome_labels is null for a version trained before outcomes were labels: getInt reads it as 0.
            rs.getObject(4) == null ? null
                : new LabelCounts(rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)),
            fromJson(rs.getString(3))))
        .stream().findFirst();
  }

  Optional<Integer> activeVersion() {
    return Optional.ofNullable(jdbc.queryForObject(
        "select max(version) from " + table + " where promoted = true", Integer.class));
  }

  List<FeedbackModels.StoredModel> all() {
    return jdbc.query("select version, trained_at, labelled_examples, held_out_examples, model_accuracy, "
            + "rules_accuracy, promoted from " + table + " order by version desc",
        (rs, n) -> new FeedbackModels.StoredModel(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getInt(3),
            rs.getInt(4), rs.getDouble(5), rs.getDouble(6), rs.getBoolean(7)));
  }

  private String toJson(M model) {
    try {
      return JSON.writeValueAsString(model);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private M fromJson(String json) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored " + table + " parameters are unreadable", e);
    }
  }
}
