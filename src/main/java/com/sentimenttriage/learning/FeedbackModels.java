package com.sentimenttriage.learning;

import com.sentimenttriage.records.LabelledExample.Kind;
import com.sentimenttriage.records.LabelledExamples;
import com.sentimenttriage.records.LabelledExamples.JudgedTicket;
import com.sentimenttriage.records.RecallAuditTickets;
import com.sentimenttriage.records.ScoreFlags;
import com.sentimenttriage.records.ScoredTicketStore;
import com.sentimenttriage.records.TicketLabel;
import com.sentimenttriage.triage.TriageVariables.FollowThroughOutcome;
import com.sentimenttriage.triage.TriageVariables.ReviewDecision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The feedback_model table (every trained version) and the labelled examples the models learn from. */
@Repository
public class FeedbackModels {

  /** The review and audit decisions that say whether to escalate; a reclassification does not. */
  private static final Set<ReviewDecision> VERDICTS = EnumSet.of(ReviewDecision.CONFIRM, ReviewDecision.DISMISS);

  private final ScoredTicketStore tickets;
  private final RecallAuditTickets recallAnswers;
  private final ScoreFlags flags;
  private final LabelledExamples reviewsAndAudits;
  private final ModelVersions<NaiveBayesModel> versions;

  public FeedbackModels(JdbcTemplate jdbc, LabelledExamples reviewsAndAudits, ScoredTicketStore tickets,
      RecallAuditTickets recallAnswers, ScoreFlags flags) {
    this.tickets = tickets;
    this.recallAnswers = recallAnswers;
    this.flags = flags;
    this.reviewsAndAudits = reviewsAndAudits;
    this.versions = new ModelVersions<>(jdbc, "feedback_model", NaiveBayesModel.class);
  }

  public record StoredModel(int version, Instant trainedAt, int labelledExamples, int heldOutExamples,
      double modelAccuracy, double rulesAccuracy, boolean promoted) {
  }

  /** @param labels what the version learned from, null for a version trained before label counts were kept */
  public record ActiveModel(int version, int labelledExamples, LabelCounts labels, NaiveBayesModel model) {

    /** "60 reviews, 15 audits and 5 recall-audit answers". */
    public String learnedFrom() {
      return LabelCounts.describe(labels, labelledExamples);
    }
  }

  /**
   * Every ticket a person judged, with the text that was judged: whether it should have been escalated, and whether
   * the rules escalated it. The judgements come from where their writers keep them:
   * <ul>
   *   <li>labelled_example: supervisors' reviews and audits of automated alerts (confirm = should escalate,
   *       dismiss = should not). A reclassification corrects the label or topic and says nothing about escalation,
   *       so it is no label here and does not cancel an earlier confirm or dismiss;</li>
   *   <li>recall_audit_ticket: an auditor's answer for a ticket that was not escalated (yes = should have been);</li>
   *   <li>score_flag: someone saying a past score was wrong;</li>
   *   <li>follow_through_outcome: what the CS owner did with the alert (issue 18). "No action needed" hints a
   *       false positive (should not escalate); "account at risk", "contacted", "call booked" and "resolved" hint a
   *       confirmation; "acknowledged" says nothing. Only the outcome of the alert that opened an at-risk
   *       follow-through labels its ticket (a promoter's advocacy task was no alert; a later alert that joined the
   *       task was not what the owner judged). A hint, so every other label of the ticket overrules it.</li>
   * </ul>
   * Each is paired with the text of the process instance it judged: a label of a ticket's earlier message is no
   * label of the follow-up that re-scored it.
   * Several labels for one ticket: within each table the latest wins, so an audit after the review overrules it. A
   * review or audit wins over a CS owner's outcome, a recall answer over a review or audit, and a flag over
   * everything, because a flag is the deliberate correction (docs/feedback-and-dashboard.md).
   */
  public List<LabelledExample> labelledExamples() {
    // Every label judged the text its own instance scored, never a follow-up's (LabelledExamples.judgedTicketOf).
    Map<String, Label> labels = new TreeMap<>(outcomeHints());
    labels.putAll(reviewsAndAudits.latestPerTicket(FeedbackModels::verdict));
    recallAnswers.forEachAnswer(answer -> put(labels, answer, LabelSource.RECALL_ANSWER));
    flags.forEachFlag(flag -> put(labels, flag, LabelSource.FLAG));
    List<LabelledExample> examples = new ArrayList<>(labels.size());
    // Tokenized once per ticket, after the overruled labels are gone.
    labels.forEach((key, label) -> examples.add(new LabelledExample(key, TicketTokens.of(label.text()),
        label.shouldEscalate(), label.rulesEscalated(), label.source())));
    return examples;
  }

  /** Per ticket, the latest outcome that says something of the alert that opened its at-risk follow-through. */
  private Map<String, Label> outcomeHints() {
    Map<String, Label> hints = new TreeMap<>();
    tickets.forEachOutcomeOfAlertedTicket(outcome -> FollowThroughOutcome.of(outcome.outcome()).confirmsAlert()
        .ifPresent(confirms -> hints.put(outcome.businessKey(),
            Label.of(outcome.maskedText(), confirms, outcome.escalationAction(), LabelSource.FOLLOW_THROUGH_OUTCOME))));
    return hints;
  }

  /** A ticket's label before tokenizing. */
  private record Label(String text, boolean shouldEscalate, boolean rulesEscalated, LabelSource source) {

    static Label of(String text, boolean shouldEscalate, String escalationAction, LabelSource source) {
      return new Label(text, shouldEscalate, "ALERT".equals(escalationAction), source);
    }
  }

  /** A review's or audit's confirm or dismiss of the text it judged; null without a text or for a reclassify. */
  private static Label verdict(JudgedTicket judged) {
    return judged.maskedText() == null || !VERDICTS.contains(judged.decision()) ? null
        : Label.of(judged.maskedText(), judged.decision() == ReviewDecision.CONFIRM, judged.escalationAction(),
            sourceOf(judged));
  }

  /** A review before an alert, or an audit of an alert sent automatically. */
  static LabelSource sourceOf(JudgedTicket judged) {
    return judged.kind() == Kind.AUDIT ? LabelSource.AUDIT : LabelSource.REVIEW;
  }

  /** Called in order: a later label of the ticket overrules. */
  private static void put(Map<String, Label> labels, TicketLabel label, LabelSource source) {
    labels.put(label.businessKey(), Label.of(label.maskedText(), label.shouldEscalate(), label.escalationAction(),
        source));
  }

  public int save(ModelTrainer.Outcome outcome, Instant trainedAt) {
    return versions.save(outcome.model(), outcome.labels(), outcome.heldOutExamples(),
        outcome.modelAccuracy(), outcome.rulesAccuracy(), outcome.promoted(), trainedAt);
  }

  /** The newest promoted model, if any model ever beat the rules. */
  public Optional<ActiveModel> active() {
    return versions.active().map(p -> new ActiveModel(p.version(), p.labelledExamples(), p.labels(), p.model()));
  }

  public Optional<Integer> activeVersion() {
    return versions.activeVersion();
  }

  public List<StoredModel> all() {
    return versions.all();
  }
}
