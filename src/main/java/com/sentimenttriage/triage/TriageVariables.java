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

  // Review with timed escalation, and staged rollout (issue 6). The first five are issue 5's gate outputs,
  // declared here until that branch is merged (the integrator de-duplicates); review defaults them when absent.
  /** ISO-8601 duration the gate gives a reviewer, e.g. PT4H. */
  public static final ProcessVariable<String> REVIEW_SLA = ProcessVariable.of("reviewSla", String.class);
  public static final ProcessVariable<String> RECOMMENDED_ACTION =
      ProcessVariable.of("recommendedAction", String.class);
  /** 0-100; the review task's priority. */
  public static final ProcessVariable<Integer> PRIORITY = ProcessVariable.of("priority", Integer.class);
  public static final ProcessVariable<String> RISK_FACTORS = ProcessVariable.of("riskFactors", String.class);
  public static final ProcessVariable<String> ACCOUNT_TREND = ProcessVariable.of("accountTrend", String.class);
  /** The rollout queue the queue-routing table chose for this ticket. */
  public static final ProcessVariable<String> ROLLOUT_QUEUE = ProcessVariable.of("rolloutQueue", String.class);
  /** That queue's stage when it was last read, one of {@code rollout.RolloutStage}. */
  public static final ProcessVariable<String> ROLLOUT_STAGE = ProcessVariable.of("rolloutStage", String.class);
  /** REVIEW, ALERT or RECORD, as decided by processes/escalation-route.dmn. */
  public static final ProcessVariable<String> ESCALATION_ROUTE = ProcessVariable.of("escalationRoute", String.class);
  public static final ProcessVariable<Boolean> AUDIT_SAMPLED = ProcessVariable.of("auditSampled", Boolean.class);
  public static final ProcessVariable<Date> REVIEW_DUE = ProcessVariable.of("reviewDue", Date.class);
  /** Twice the SLA: when a trusted queue alerts without review, and an untrusted one reminds the manager again. */
  public static final ProcessVariable<Date> UNREVIEWED_ALERT_AT = ProcessVariable.of("unreviewedAlertAt", Date.class);
  /** True on the alert that went out because nobody reviewed in time, and on the instance afterwards. */
  public static final ProcessVariable<Boolean> ALERT_UNREVIEWED = ProcessVariable.of("alertUnreviewed", Boolean.class);
  /** ISO date (yyyy-MM-dd) of the account's renewal, for the reviewer. */
  public static final ProcessVariable<String> RENEWAL_DATE = ProcessVariable.of("renewalDate", String.class);
  /** One line per earlier ticket of the account within the review window, newest first. */
  public static final ProcessVariable<String> EARLIER_TICKETS = ProcessVariable.of("earlierTickets", String.class);
  public static final ProcessVariable<String> RECLASSIFIED_LABEL =
      ProcessVariable.of("reclassifiedLabel", String.class);
  public static final ProcessVariable<String> RECLASSIFIED_TOPIC =
      ProcessVariable.of("reclassifiedTopic", String.class);

  /** All declared variables, so tests can check forms and models against this one list. */
  public static final List<ProcessVariable<?>> ALL = List.of(
      SOURCE, TICKET_ID, SUBJECT, TICKET_TEXT, REQUESTER_EMAIL, CHANNEL, TICKET_CREATED_AT,
      POLARITY, FRUSTRATION, SENTIMENT_LABEL, TOPICS, HIGHEST_TOPIC_RISK, CHURN_RISK, SCORE_CONFIDENCE,
      SCORE_EXPLANATION,
      ACCOUNT_FOUND, ACCOUNT_ID, ACCOUNT_NAME, PLAN, MRR, DAYS_TO_RENEWAL, HEALTH_SCORE, CS_OWNER_NAME,
      CS_OWNER_EMAIL,
      ESCALATION_ACTION, SEVERITY, ESCALATION_REASON,
      REVIEW_DECISION, REVIEW_COMMENT,
      // issue 6
      REVIEW_SLA, RECOMMENDED_ACTION, PRIORITY, RISK_FACTORS, ACCOUNT_TREND,
      ROLLOUT_QUEUE, ROLLOUT_STAGE, ESCALATION_ROUTE, AUDIT_SAMPLED, REVIEW_DUE, UNREVIEWED_ALERT_AT, ALERT_UNREVIEWED,
      RENEWAL_DATE, EARLIER_TICKETS, RECLASSIFIED_LABEL, RECLASSIFIED_TOPIC);

  /** Allowed values of {@link #ESCALATION_ACTION}, as listed in the escalation gate's output column. */
  public enum EscalationAction { ALERT, DIGEST, LOG }

  /** Allowed values of {@link #REVIEW_DECISION}, as offered by the review form. */
  public enum ReviewDecision {
    CONFIRM("confirm", true), DISMISS("dismiss", false), RECLASSIFY("reclassify", false);

    private final String value;
    private final boolean correct;

    ReviewDecision(String value, boolean correct) {
      this.value = value;
      this.correct = correct;
    }

    public String value() {
      return value;
    }

    /** Whether the escalation was right as it stood: what precision counts. A reclassified one was not. */
    public boolean correct() {
      return correct;
    }

    public static ReviewDecision of(String value) {
      for (ReviewDecision decision : values()) {
        if (decision.value.equals(value)) {
          return decision;
        }
      }
      throw new IllegalArgumentException("Unknown review decision '" + value + "'");
    }
  }

  /** Allowed values of {@link #ESCALATION_ROUTE}, as listed in processes/escalation-route.dmn. */
  public enum EscalationRoute { REVIEW, ALERT, RECORD }

  private TriageVariables() {
  }
}
