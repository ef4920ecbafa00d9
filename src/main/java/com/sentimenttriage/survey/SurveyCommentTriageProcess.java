package com.sentimenttriage.survey;

import com.sentimenttriage.triage.ProcessVariable;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The contract of the survey comment triage process (issue 20): its key, model resources, the element ids Java and
 * tests refer to, the beans its templated tasks call and its typed variables. The process is built only from the
 * element templates in {@code .camunda/element-templates/}; no delegate of its own stands behind it.
 */
public final class SurveyCommentTriageProcess {

  public static final String KEY = "survey-comment-triage";
  public static final String RESOURCE = "processes/survey-comment-triage.bpmn";
  public static final String GATE_DECISION_KEY = "survey-comment-gate";
  public static final String GATE_RESOURCE = "processes/survey-comment-gate.dmn";

  /** The business key of a response's instance: one per survey response. */
  public static String businessKey(String responseId) {
    return "survey:" + responseId;
  }

  /** Element ids, named as the business speaks. */
  public static final class Elements {
    public static final String SURVEY_COMMENT_RECEIVED = "StartEvent_SurveyCommentReceived";
    public static final String SCORE_SURVEY_COMMENT = "ServiceTask_ScoreSurveyComment";
    public static final String LOOK_UP_ACCOUNT = "ServiceTask_LookUpAccount";
    public static final String DECIDE_SURVEY_FOLLOW_UP = "BusinessRuleTask_DecideSurveyFollowUp";
    public static final String FOLLOW_UP = "Gateway_FollowUp";
    public static final String FOLLOW_UP_NEEDED = "SequenceFlow_FollowUpNeeded";
    public static final String FOLLOW_UP_NONE = "SequenceFlow_FollowUpNone";
    /** Alerted and digested comments alike: a row of the scored-ticket table, which the weekly digest reads. */
    public static final String RECORD_SURVEY_COMMENT_SCORE = "ServiceTask_RecordSurveyCommentScore";
    public static final String ALERT_OR_DIGEST = "Gateway_AlertOrDigest";
    public static final String FOLLOW_UP_ALERT = "SequenceFlow_FollowUpAlert";
    public static final String FOLLOW_UP_DIGEST = "SequenceFlow_FollowUpDigest";
    public static final String ALERT_CS_OWNER = "ServiceTask_AlertCsOwner";
    public static final String CS_OWNER_ALERTED = "EndEvent_CsOwnerAlerted";
    public static final String COMMENT_LEFT_FOR_DIGEST = "EndEvent_CommentLeftForDigest";
    public static final String NO_FOLLOW_UP_NEEDED = "EndEvent_NoFollowUpNeeded";

    private Elements() {
    }
  }

  /** The beans the templated tasks bind (the templates' delegate expressions and retry cycle). */
  public static final class Beans {
    public static final String SCORE_TICKET = "scoreTicketDelegate";
    public static final String LOOK_UP_ACCOUNT = "lookUpAccountDelegate";
    public static final String ALERT_CS_OWNER = "alertCsOwnerAdapter";
    public static final String RECORD_SCORE = "recordScoreDelegate";
    public static final String ALERT_RETRY_POLICY = "alertRetryPolicy";

    private Beans() {
    }
  }

  /**
   * The process's variables: what the webhook starts it with, and what the templates' output mappings carry out of
   * the scoring, the lookup and the decision. The comment is masked before it gets here; the respondent's e-mail
   * is kept unmasked only as the key of the account lookup.
   */
  public static final class Variables {
    // The response, as received and masked
    public static final ProcessVariable<String> RESPONSE_ID = ProcessVariable.of("surveyResponseId", String.class);
    public static final ProcessVariable<String> SURVEY_ID = ProcessVariable.of("surveyId", String.class);
    /** {@link SurveyScale#name()}: NPS or CSAT. */
    public static final ProcessVariable<String> SCALE = ProcessVariable.of("surveyScale", String.class);
    public static final ProcessVariable<Integer> SCORE = ProcessVariable.of("surveyScore", Integer.class);
    public static final ProcessVariable<String> COMMENT = ProcessVariable.of("surveyComment", String.class);
    public static final ProcessVariable<String> RESPONDENT_EMAIL =
        ProcessVariable.of("respondentEmail", String.class);
    public static final ProcessVariable<Date> SUBMITTED_AT = ProcessVariable.of("surveySubmittedAt", Date.class);
    // The comment's scores (output mappings of "Score ticket sentiment")
    public static final ProcessVariable<Double> POLARITY = ProcessVariable.of("commentPolarity", Double.class);
    public static final ProcessVariable<Integer> FRUSTRATION = ProcessVariable.of("commentFrustration", Integer.class);
    public static final ProcessVariable<String> SENTIMENT_LABEL =
        ProcessVariable.of("commentSentimentLabel", String.class);
    public static final ProcessVariable<String> TOPICS = ProcessVariable.of("commentTopics", String.class);
    public static final ProcessVariable<String> HIGHEST_TOPIC_RISK =
        ProcessVariable.of("commentHighestTopicRisk", String.class);
    public static final ProcessVariable<Boolean> CHURN_RISK = ProcessVariable.of("commentChurnRisk", Boolean.class);
    public static final ProcessVariable<Double> SCORE_CONFIDENCE =
        ProcessVariable.of("commentScoreConfidence", Double.class);
    public static final ProcessVariable<String> SCORE_EXPLANATION =
        ProcessVariable.of("commentScoreExplanation", String.class);
    public static final ProcessVariable<String> LANGUAGE = ProcessVariable.of("commentLanguage", String.class);
    // The account (output mappings of "Look up customer account", under the template's own names)
    public static final ProcessVariable<Boolean> ACCOUNT_FOUND = ProcessVariable.of("accountFound", Boolean.class);
    public static final ProcessVariable<Long> ACCOUNT_ID = ProcessVariable.of("accountId", Long.class);
    public static final ProcessVariable<String> ACCOUNT_NAME = ProcessVariable.of("accountName", String.class);
    public static final ProcessVariable<String> PLAN = ProcessVariable.of("plan", String.class);
    public static final ProcessVariable<Double> MRR = ProcessVariable.of("mrr", Double.class);
    public static final ProcessVariable<Double> CLV = ProcessVariable.of("clv", Double.class);
    public static final ProcessVariable<Integer> DAYS_TO_RENEWAL = ProcessVariable.of("daysToRenewal", Integer.class);
    public static final ProcessVariable<Integer> HEALTH_SCORE = ProcessVariable.of("healthScore", Integer.class);
    public static final ProcessVariable<String> CS_OWNER_NAME = ProcessVariable.of("csOwnerName", String.class);
    public static final ProcessVariable<Boolean> ACCOUNT_STALE = ProcessVariable.of("accountStale", Boolean.class);
    public static final ProcessVariable<String> ACCOUNT_SEEN_AT = ProcessVariable.of("accountSeenAt", String.class);
    public static final ProcessVariable<String> LINK_REQUEST_ID = ProcessVariable.of("linkRequestId", String.class);
    // The decision (survey-comment-gate.dmn): the matching rule's columns, through the task's output mappings
    /** {@link SurveyFollowUp#name()}: ALERT, DIGEST or NONE. */
    public static final ProcessVariable<String> FOLLOW_UP = ProcessVariable.of("surveyFollowUp", String.class);
    /** The alert's severity: High, Medium or Low. */
    public static final ProcessVariable<String> SEVERITY = ProcessVariable.of("surveySeverity", String.class);
    /** Why, in the words of the table's rule, for the CS owner's alert. */
    public static final ProcessVariable<String> REASON = ProcessVariable.of("surveyReason", String.class);

    public static final List<ProcessVariable<?>> ALL = List.of(RESPONSE_ID, SURVEY_ID, SCALE, SCORE, COMMENT,
        RESPONDENT_EMAIL, SUBMITTED_AT, POLARITY, FRUSTRATION, SENTIMENT_LABEL, TOPICS, HIGHEST_TOPIC_RISK,
        CHURN_RISK, SCORE_CONFIDENCE, SCORE_EXPLANATION, LANGUAGE, ACCOUNT_FOUND, ACCOUNT_ID, ACCOUNT_NAME, PLAN, MRR, CLV,
        DAYS_TO_RENEWAL, HEALTH_SCORE, CS_OWNER_NAME, ACCOUNT_STALE, ACCOUNT_SEEN_AT, LINK_REQUEST_ID,
        FOLLOW_UP, SEVERITY, REASON);

    /**
     * The outputs of "Score ticket sentiment" (the template's local names, the sources of its output mappings) and
     * the variables this process maps them to; the lookup's outputs keep the template's names.
     */
    public static final Map<String, ProcessVariable<?>> SCORE_OUTPUTS = Map.of("polarity", POLARITY,
        "frustration", FRUSTRATION, "sentimentLabel", SENTIMENT_LABEL, "topics", TOPICS,
        "highestTopicRisk", HIGHEST_TOPIC_RISK, "churnRisk", CHURN_RISK, "scoreConfidence", SCORE_CONFIDENCE,
        "scoreExplanation", SCORE_EXPLANATION, "ticketLanguage", LANGUAGE);

    private Variables() {
    }
  }

  /** The follow-ups survey-comment-gate.dmn decides between, as listed in its output column. */
  public enum SurveyFollowUp {
    /** Alert the account's CS owner now. */
    ALERT,
    /** Worth the CS owner's weekly look. */
    DIGEST,
    /** Nothing to do. */
    NONE
  }

  private SurveyCommentTriageProcess() {
  }
}
