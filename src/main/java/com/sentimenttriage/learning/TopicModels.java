package com.sentimenttriage.learning;

import com.sentimenttriage.dashboard.TicketRow;
import com.sentimenttriage.records.LabelledExamples;
import com.sentimenttriage.records.LabelledExamples.JudgedTicket;
import com.sentimenttriage.records.ScoreFlags;
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

  private final ScoreFlags flags;
  private final LabelledExamples reviewsAndAudits;
  private final ModelVersions<TopicModel> versions;

  public TopicModels(JdbcTemplate jdbc, LabelledExamples reviewsAndAudits, ScoreFlags flags) {
    this.flags = flags;
    this.reviewsAndAudits = reviewsAndAudits;
    this.versions = new ModelVersions<>(jdbc, "feedback_topic_model", TopicModel.class);
  }

  /** A ticket's masked text and the topic a person settled for it, as they wrote it, and how they settled it. */
  public record SettledTopic(String businessKey, String text, String topic, LabelSource source) {
  }

  /** @param labels what the version learned from, null for a version trained before label counts were kept */
  public record ActiveTopicModel(int version, int labelledExamples, LabelCounts labels, TopicModel model) {

    /** "30 reviews and 2 flags". */
    public String learnedFrom() {
      return LabelCounts.describe(labels, labelledExamples);
    }
  }

  /**
   * Per ticket, the latest settled topic: a reviewer's reclassified topic, else the first topic the reviewed ticket
   * carried (the reviewer saw it and kept it), or "None of these" when it carried none (the reviewer saw no topic
   * and left it so: that is how the model learns that a ticket has none); a flag's {@code correctTopic} wins over
   * both. Each is paired with the
   * text of the instance that was judged or flagged.
   */
  public List<SettledTopic> settledTopics() {
    Map<String, SettledTopic> settled = new LinkedHashMap<>(reviewsAndAudits.latestPerTicket(TopicModels::settled));
    flags.forEachFlaggedTopic(flag -> settled.put(flag.businessKey(),
        new SettledTopic(flag.businessKey(), flag.maskedText(), flag.correctTopic(), LabelSource.FLAG)));
    return List.copyOf(settled.values());
  }

  /** The topic a review or audit settled for the text it judged; null without a text. */
  private static SettledTopic settled(JudgedTicket judged) {
    String topic = judged.correctedTopic() != null ? judged.correctedTopic()
        : TicketRow.topicsOf(judged.scoredTopics()).stream().findFirst().orElse(TopicModel.NO_TOPIC);
    return judged.maskedText() == null ? null
        : new SettledTopic(judged.businessKey(), judged.maskedText(), topic, FeedbackModels.sourceOf(judged));
  }

  public int save(TopicTrainer.Outcome outcome, Instant trainedAt) {
    return versions.save(outcome.model(), outcome.labels(), outcome.heldOutExamples(),
        outcome.modelAccuracy(), outcome.rulesAccuracy(), outcome.promoted(), trainedAt);
  }

  public Optional<Integer> activeVersion() {
    return versions.activeVersion();
  }

  /** The newest promoted topic model, if one ever beat the rules. */
  public Optional<ActiveTopicModel> active() {
    return versions.active().map(p -> new ActiveTopicModel(p.version(), p.labelledExamples(), p.labels(),
        p.model()));
  }

  public List<FeedbackModels.StoredModel> all() {
    return versions.all();
  }
}
