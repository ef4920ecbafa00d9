package com.sentimenttriage.feedback.learning;

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

  private final JdbcTemplate jdbc;
  private final ModelVersions<NaiveBayesModel> versions;

  public FeedbackModels(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.versions = new ModelVersions<>(jdbc, "feedback_model", NaiveBayesModel.class);
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

  public int save(ModelTrainer.Outcome outcome, Instant trainedAt) {
    return versions.save(outcome.model(), outcome.labelledExamples(), outcome.heldOutExamples(),
        outcome.modelAccuracy(), outcome.rulesAccuracy(), outcome.promoted(), trainedAt);
  }

  /** The newest promoted model, if any model ever beat the rules. */
  public Optional<ActiveModel> active() {
    return versions.active().map(p -> new ActiveModel(p.version(), p.labelledExamples(), p.model()));
  }

  public Optional<Integer> activeVersion() {
    return versions.activeVersion();
  }

  public List<StoredModel> all() {
    return versions.all();
  }
}
