package com.sentimenttriage.triage;

import java.util.Date;
import java.util.List;

/**
 * Every variable of the ticket triage process, with its type. The process stores references and routing
 * data (ids, scores, decision), never a whole helpdesk payload; ticket text is masked before it gets here.
 */
public final class TriageVariables {

  // Ticket, as received and masked
  public static final ProcessVariable<String> SOURCE = ProcessVariable.of("source", String.class);
  public static final ProcessVariable<String> TICKET_ID = ProcessVariable.of("ticketId", String.class);
  public static final ProcessVariable<String> SUBJECT = ProcessVariable.of("subject", String.class);
  public static final ProcessVariable<String> TICKET_TEXT = ProcessVariable.of("ticketText", String.class);
  /** Kept unmasked only as the key for the account lookup. */
  public static final ProcessVariable<String> REQUESTER_EMAIL = ProcessVariable.of("requesterEmail", String.class);
  public static final ProcessVariable<String> CHANNEL = ProcessVariable.of("channel", String.class);
  public static final ProcessVariable<Date> TICKET_CREATED_AT = ProcessVariable.of("ticketCreatedAt", Date.class);

  // Scores
  public static final ProcessVariable<Double> POLARITY = ProcessVariable.of("polarity", Double.class);
  public static final ProcessVariable<Integer> FRUSTRATION = ProcessVariable.of("frustration", Integer.class);
  public static final ProcessVariable<String> SENTIMENT_LABEL = ProcessVariable.of("sentimentLabel", String.class);
  public static final ProcessVariable<String> TOPICS = ProcessVariable.of("topics", String.class);
  public static final ProcessVariable<String> HIGHEST_TOPIC_RISK = ProcessVariable.of("highestTopicRisk", String.class);
  public static final ProcessVariable<Boolean> CHURN_RISK = ProcessVariable.of("churnRisk", Boolean.class);
  public static final ProcessVariable<Double> SCORE_CONFIDENCE = ProcessVariable.of("scoreConfidence", Double.class);
  public static final ProcessVariable<String> SCORE_EXPLANATION = ProcessVariable.of("scoreExplanation", String.class);

  // Account
  public static final ProcessVariable<Boolean> ACCOUNT_FOUND = ProcessVariable.of("accountFound", Boolean.class);
  public static final ProcessVariable<Long> ACCOUNT_ID = ProcessVariable.of("accountId", Long.class);
  public static final ProcessVariable<String> ACCOUNT_NAME = ProcessVariable.of("accountName", String.class);
  public static final ProcessVariable<String> PLAN = ProcessVariable.of("plan", String.class);
  public static final ProcessVariable<Double> MRR = ProcessVariable.of("mrr", Double.class);
  public static final ProcessVariable<Integer> DAYS_TO_RENEWAL = ProcessVariable.of("daysToRenewal", Integer.class);
  public static final ProcessVariable<Integer> HEALTH_SCORE = ProcessVariable.of("healthScore", Integer.class);
  public static final ProcessVariable<String> CS_OWNER_NAME = ProcessVariable.of("csOwnerName", String.class);
  public static final ProcessVariable<String> CS_OWNER_EMAIL = ProcessVariable.of("csOwnerEmail", String.class);

  // Escalation gate
  public static final ProcessVariable<String> ESCALATION_ACTION = ProcessVariable.of("escalationAction", String.class);
  public static final ProcessVariable<String> SEVERITY = ProcessVariable.of("severity", String.class);
  public static final ProcessVariable<String> ESCALATION_REASON = ProcessVariable.of("escalationReason", String.class);

  // Review
  public static final ProcessVariable<String> REVIEW_DECISION = ProcessVariable.of("reviewDecision", String.class);
  public static final ProcessVariable<String> REVIEW_COMMENT = ProcessVariable.of("reviewComment", String.class);

  // Feedback loop (issue 8): the version of the learned model that adjusted this ticket's score, if one did.
  public static final ProcessVariable<Integer> LEARNED_MODEL_VERSION =
      ProcessVariable.of("learnedModelVersion", Integer.class);

  /** All declared variables, so tests can check forms and models against this one list. */
  public static final List<ProcessVariable<?>> ALL = List.of(
      SOURCE, TICKET_ID, SUBJECT, TICKET_TEXT, REQUESTER_EMAIL, CHANNEL, TICKET_CREATED_AT,
      POLARITY, FRUSTRATION, SENTIMENT_LABEL, TOPICS, HIGHEST_TOPIC_RISK, CHURN_RISK, SCORE_CONFIDENCE,
      SCORE_EXPLANATION,
      ACCOUNT_FOUND, ACCOUNT_ID, ACCOUNT_NAME, PLAN, MRR, DAYS_TO_RENEWAL, HEALTH_SCORE, CS_OWNER_NAME,
      CS_OWNER_EMAIL,
      ESCALATION_ACTION, SEVERITY, ESCALATION_REASON,
      REVIEW_DECISION, REVIEW_COMMENT,
      LEARNED_MODEL_VERSION);

  /** Allowed values of {@link #ESCALATION_ACTION}, as listed in the escalation gate's output column. */
  public enum EscalationAction { ALERT, DIGEST, LOG }

  /** Allowed values of {@link #REVIEW_DECISION}, as offered by the review form. */
  public enum ReviewDecision {
    CONFIRM("confirm"), DISMISS("dismiss");

    private final String value;

    ReviewDecision(String value) {
      this.value = value;
    }

    public String value() {
      return value;
    }
  }

  private TriageVariables() {
  }
}
