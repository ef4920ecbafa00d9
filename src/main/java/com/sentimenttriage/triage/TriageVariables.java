package com.sentimenttriage.triage;

import java.util.Date;
import java.util.List;
import java.util.Map;

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
  /** Who wrote in, masked: the initials of the name the helpdesk gives (IncomingTicket), for the CS alert. */
  public static final ProcessVariable<String> REQUESTER_NAME = ProcessVariable.of("requesterName", String.class);
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
  /** The ISO 639-1 code of the language the ticket's latest message was scored in ("de"). */
  public static final ProcessVariable<String> TICKET_LANGUAGE = ProcessVariable.of("ticketLanguage", String.class);

  // Account
  public static final ProcessVariable<Boolean> ACCOUNT_FOUND = ProcessVariable.of("accountFound", Boolean.class);
  public static final ProcessVariable<Long> ACCOUNT_ID = ProcessVariable.of("accountId", Long.class);
  public static final ProcessVariable<String> ACCOUNT_NAME = ProcessVariable.of("accountName", String.class);
  public static final ProcessVariable<String> PLAN = ProcessVariable.of("plan", String.class);
  public static final ProcessVariable<Double> MRR = ProcessVariable.of("mrr", Double.class);
  public static final ProcessVariable<Integer> DAYS_TO_RENEWAL = ProcessVariable.of("daysToRenewal", Integer.class);
  public static final ProcessVariable<Integer> HEALTH_SCORE = ProcessVariable.of("healthScore", Integer.class);
  public static final ProcessVariable<String> CS_OWNER_NAME = ProcessVariable.of("csOwnerName", String.class);
  // No csOwnerEmail: where an alert goes is read from the account when it is sent (alerting.CsAlertComposer), never
  // from a variable, which a user completing a task could write.

  // Escalation gate
  public static final ProcessVariable<String> ESCALATION_ACTION = ProcessVariable.of("escalationAction", String.class);
  public static final ProcessVariable<String> SEVERITY = ProcessVariable.of("severity", String.class);
  public static final ProcessVariable<String> ESCALATION_REASON = ProcessVariable.of("escalationReason", String.class);

  // Review
  public static final ProcessVariable<String> REVIEW_DECISION = ProcessVariable.of("reviewDecision", String.class);
  public static final ProcessVariable<String> REVIEW_COMMENT = ProcessVariable.of("reviewComment", String.class);

  // Intake (issue 4): helpdesk metadata, the conversation, follow-up messages and the link to an earlier instance
  public static final ProcessVariable<Date> TICKET_UPDATED_AT = ProcessVariable.of("ticketUpdatedAt", Date.class);
  /** The helpdesk's own priority field (low, normal, high, urgent), not the triage priority score. */
  public static final ProcessVariable<String> HELPDESK_PRIORITY = ProcessVariable.of("helpdeskPriority", String.class);
  public static final ProcessVariable<String> TAGS = ProcessVariable.of("tags", String.class);
  public static final ProcessVariable<String> ORGANIZATION = ProcessVariable.of("organization", String.class);
  public static final ProcessVariable<String> HELPDESK_URL = ProcessVariable.of("helpdeskUrl", String.class);
  /** The campaign or source the helpdesk holds for the ticket (issue 17); unset when it holds none. */
  public static final ProcessVariable<String> CAMPAIGN = ProcessVariable.of("campaign", String.class);
  /** The masked messages before {@link #TICKET_TEXT}, oldest first, as JSON (see intake.Conversation). */
  public static final ProcessVariable<String> CONVERSATION = ProcessVariable.of("conversation", String.class);
  public static final ProcessVariable<Integer> CUSTOMER_REPLIES = ProcessVariable.of("customerReplies", Integer.class);
  /** WORSENING, STABLE or IMPROVING once a follow-up message was re-scored with its thread. */
  public static final ProcessVariable<String> THREAD_TREND = ProcessVariable.of("threadTrend", String.class);
  public static final ProcessVariable<String> PREVIOUS_PROCESS_INSTANCE_ID =
      ProcessVariable.of("previousProcessInstanceId", String.class);

  // Account context, escalation gate outputs, priority and cooldowns (issue 5, accounts and gating)
  public static final ProcessVariable<Double> CLV = ProcessVariable.of("clv", Double.class);
  /** Set when the requester matched no account: the link-unattached-ticket instance a CS manager works on. */
  public static final ProcessVariable<String> LINK_REQUEST_ID = ProcessVariable.of("linkRequestId", String.class);
  /** ISO 8601 duration within which a supervisor should review the escalation, from the gate. */
  public static final ProcessVariable<String> REVIEW_SLA = ProcessVariable.of("reviewSla", String.class);
  public static final ProcessVariable<String> RECOMMENDED_ACTION =
      ProcessVariable.of("recommendedAction", String.class);
  /** 0-100, the Tasklist priority of the review task (docs/gating.md, "Priority"). */
  public static final ProcessVariable<Integer> PRIORITY = ProcessVariable.of("priority", Integer.class);
  /** Human-readable, one factor per line. */
  public static final ProcessVariable<String> RISK_FACTORS = ProcessVariable.of("riskFactors", String.class);
  /** The account's sentiment light: green, yellow, red, or unknown without recent tickets. */
  public static final ProcessVariable<String> ACCOUNT_TREND = ProcessVariable.of("accountTrend", String.class);
  public static final ProcessVariable<Boolean> ACCOUNT_TREND_DECLINING =
      ProcessVariable.of("accountTrendDeclining", Boolean.class);
  public static final ProcessVariable<Double> ACCOUNT_SENTIMENT_7D =
      ProcessVariable.of("accountSentiment7d", Double.class);
  public static final ProcessVariable<Double> ACCOUNT_SENTIMENT_30D =
      ProcessVariable.of("accountSentiment30d", Double.class);
  public static final ProcessVariable<Integer> FRUSTRATED_TICKETS_LAST_30_DAYS =
      ProcessVariable.of("frustratedTicketsLast30Days", Integer.class);
  /** True when an alert for the same account and topic (or thread) was open: this ticket was attached to it. */
  public static final ProcessVariable<Boolean> COOLDOWN_ACTIVE = ProcessVariable.of("cooldownActive", Boolean.class);
  /** The process instance of the open alert this ticket was attached to. */
  public static final ProcessVariable<String> ATTACHED_TO_ALERT = ProcessVariable.of("attachedToAlert", String.class);
  /**
   * Transient, set by "Claim alert cooldown" on every pass: true when another ticket claimed the cooldown first, and
   * the model's gateway sends the ticket to the table again. Read by name, not as execution.getVariable(...), whose
   * every evaluation looks the method up by reflection (docs/performance.md).
   */
  public static final ProcessVariable<Boolean> ANOTHER_TICKET_ALERTED_FIRST =
      ProcessVariable.of("anotherTicketAlertedFirst", Boolean.class);

  // Review with timed escalation, and staged rollout (issue 6)
  /** The rollout queue the queue-routing table chose for this ticket. */
  public static final ProcessVariable<String> ROLLOUT_QUEUE = ProcessVariable.of("rolloutQueue", String.class);
  /** The queue of a ticket no queue-routing rule sends elsewhere, and of one not routed yet. */
  public static final String DEFAULT_ROLLOUT_QUEUE = "general";
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

  // Feedback loop (issue 8): the version of the learned model that adjusted this ticket's score, if one did.
  public static final ProcessVariable<Integer> LEARNED_MODEL_VERSION =
      ProcessVariable.of("learnedModelVersion", Integer.class);

  // Accounts from a CRM (issue 19): values the lookup took from the last ones seen because the CRM was unavailable.
  /** True when the account's values are the last ones seen, not the CRM's current ones. */
  public static final ProcessVariable<Boolean> ACCOUNT_STALE = ProcessVariable.of("accountStale", Boolean.class);
  /** When those stale values were read from the CRM (ISO 8601, UTC, to the minute); unset when current. */
  public static final ProcessVariable<String> ACCOUNT_SEEN_AT = ProcessVariable.of("accountSeenAt", String.class);

  // Tasklist and forms (issue 16): what the review form shows in words, prepared for it
  /** When the review is due, in words and the business-hours zone ("Mon 7 Dec 2026, 14:30 UTC, 4 hours"). */
  public static final ProcessVariable<String> REVIEW_DUE_AT = ProcessVariable.of("reviewDueAt", String.class);
  /** The earlier messages of the ticket's thread, one "Customer:" or "Agent:" line each, oldest first. */
  public static final ProcessVariable<String> CONVERSATION_THREAD =
      ProcessVariable.of("conversationThread", String.class);
  /**
   * The tickets the cooldown attached to this alert, one line each; refreshed when the review task is created and
   * whenever someone claims it (the task's comments, which say the same, are Camunda's admins' to read only).
   */
  public static final ProcessVariable<String> ATTACHED_TICKETS = ProcessVariable.of("attachedTickets", String.class);
  // CS follow-through (issue 18): the CS owner's task after an alert, in processes/cs-follow-through.bpmn
  /** AT_RISK after an alert, ADVOCACY for a promoter; one of {@link FollowThroughKind}. */
  public static final ProcessVariable<String> FOLLOW_THROUGH_KIND = ProcessVariable.of("followThroughKind", String.class);
  /** The triage instance whose alert (or promoter ticket) started the follow-through. */
  public static final ProcessVariable<String> ALERT_PROCESS_INSTANCE_ID =
      ProcessVariable.of("alertProcessInstanceId", String.class);
  /** The Tasklist user whose e-mail is the account's CS owner's; unset when none is, and the CS managers act. */
  public static final ProcessVariable<String> CS_OWNER_USER_ID = ProcessVariable.of("csOwnerUserId", String.class);
  /** "Act on at-risk account — Acme Corp: Export broken again (Critical)": the task's name. */
  public static final ProcessVariable<String> FOLLOW_THROUGH_TITLE =
      ProcessVariable.of("followThroughTitle", String.class);
  /** What the alert said, for the task: its subject line, reason, risk factors and recommended action. */
  public static final ProcessVariable<String> ALERT_CONTENT = ProcessVariable.of("alertContent", String.class);
  /** The ticket in its helpdesk; unset when no URL pattern is configured for the source. */
  public static final ProcessVariable<String> TICKET_LINK = ProcessVariable.of("ticketLink", String.class);
  /** The first topic the scorer listed: what the playbook table reads. */
  public static final ProcessVariable<String> PRIMARY_TOPIC = ProcessVariable.of("primaryTopic", String.class);
  /** The playbook table's rows as the engine maps them (a list of step, due-within, order); read once, then removed. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final ProcessVariable<List<Map<String, Object>>> PLAYBOOK =
      ProcessVariable.of("playbook", (Class) List.class);
  /** The playbook's steps with their due times, one per line. */
  public static final ProcessVariable<String> PLAYBOOK_STEPS = ProcessVariable.of("playbookSteps", String.class);
  /** The task's due date: the playbook's first step, or the follow-up date's. The reminder fires then. */
  public static final ProcessVariable<Date> FOLLOW_THROUGH_DUE = ProcessVariable.of("followThroughDue", Date.class);
  /** When the CS manager is told that the task is still open. */
  public static final ProcessVariable<Date> ESCALATE_TO_MANAGER_AT =
      ProcessVariable.of("escalateToManagerAt", Date.class);
  /** Later alerts for the account that joined this follow-through, one per line. */
  public static final ProcessVariable<String> ADDITIONAL_ALERTS = ProcessVariable.of("additionalAlerts", String.class);
  /** The owner's outcome, one of {@link FollowThroughOutcome#value()}, chosen in the form. */
  public static final ProcessVariable<String> FOLLOW_THROUGH_OUTCOME =
      ProcessVariable.of("followThroughOutcome", String.class);
  /** Why no action was needed: the hint of a false positive, in the owner's words. */
  public static final ProcessVariable<String> NO_ACTION_REASON = ProcessVariable.of("noActionReason", String.class);
  /** Optional, yyyy-MM-dd as the form's date field submits it: the task opens again on that day. */
  public static final ProcessVariable<String> FOLLOW_UP_DATE = ProcessVariable.of("followUpDate", String.class);
  public static final ProcessVariable<String> OUTCOME_NOTE = ProcessVariable.of("outcomeNote", String.class);
  /** The follow-up date as the timer waits for it; unset when the owner set none and the follow-through closes. */
  public static final ProcessVariable<Date> FOLLOW_UP_AT = ProcessVariable.of("followUpAt", Date.class);

  // Helpdesk write-back (issue 17): what the "Write score back to helpdesk" step did, for Cockpit
  /** WRITTEN, UNCHANGED (a retry or a re-score with the same values) or NOT_CONFIGURED for the ticket's helpdesk. */
  public static final ProcessVariable<String> HELPDESK_WRITE_BACK =
      ProcessVariable.of("helpdeskWriteBack", String.class);
  /** The helpdesk actions applied (helpdesk-actions.dmn), "priority=urgent; group=senior-support"; "" in PASSIVE. */
  public static final ProcessVariable<String> HELPDESK_ACTIONS = ProcessVariable.of("helpdeskActions", String.class);

  /**
   * What a ticket starts with: the helpdesk webhook (intake.TicketTriage) sets each of these, null where the helpdesk
   * gave none, and the model's later steps name them directly (${subject}) rather than asking whether they exist.
   */
  public static final List<ProcessVariable<?>> RECEIVED = List.of(
      SOURCE, TICKET_ID, SUBJECT, TICKET_TEXT, REQUESTER_EMAIL, REQUESTER_NAME, CHANNEL, TICKET_CREATED_AT,
      TICKET_UPDATED_AT, HELPDESK_PRIORITY, TAGS, ORGANIZATION, HELPDESK_URL, CAMPAIGN, CONVERSATION);

  /** All declared variables, so tests can check forms and models against this one list. */
  public static final List<ProcessVariable<?>> ALL = List.of(
      SOURCE, TICKET_ID, SUBJECT, TICKET_TEXT, REQUESTER_EMAIL, CHANNEL, TICKET_CREATED_AT,
      POLARITY, FRUSTRATION, SENTIMENT_LABEL, TOPICS, HIGHEST_TOPIC_RISK, CHURN_RISK, SCORE_CONFIDENCE,
      SCORE_EXPLANATION, TICKET_LANGUAGE,
      ACCOUNT_FOUND, ACCOUNT_ID, ACCOUNT_NAME, PLAN, MRR, DAYS_TO_RENEWAL, HEALTH_SCORE, CS_OWNER_NAME,
      ESCALATION_ACTION, SEVERITY, ESCALATION_REASON,
      REVIEW_DECISION, REVIEW_COMMENT,
      TICKET_UPDATED_AT, HELPDESK_PRIORITY, TAGS, ORGANIZATION, HELPDESK_URL, CAMPAIGN, CONVERSATION, CUSTOMER_REPLIES, THREAD_TREND,
      PREVIOUS_PROCESS_INSTANCE_ID,
      CLV, LINK_REQUEST_ID, REVIEW_SLA, RECOMMENDED_ACTION, PRIORITY, RISK_FACTORS, ACCOUNT_TREND,
      ACCOUNT_TREND_DECLINING, ACCOUNT_SENTIMENT_7D, ACCOUNT_SENTIMENT_30D, FRUSTRATED_TICKETS_LAST_30_DAYS,
      COOLDOWN_ACTIVE, ATTACHED_TO_ALERT, ANOTHER_TICKET_ALERTED_FIRST,
      ROLLOUT_QUEUE, ROLLOUT_STAGE, ESCALATION_ROUTE, AUDIT_SAMPLED, REVIEW_DUE, UNREVIEWED_ALERT_AT, ALERT_UNREVIEWED,
      RENEWAL_DATE, EARLIER_TICKETS, RECLASSIFIED_LABEL, RECLASSIFIED_TOPIC,
      LEARNED_MODEL_VERSION,
      ACCOUNT_STALE, ACCOUNT_SEEN_AT,
      REQUESTER_NAME, REVIEW_DUE_AT, CONVERSATION_THREAD, ATTACHED_TICKETS,
      FOLLOW_THROUGH_KIND, ALERT_PROCESS_INSTANCE_ID, CS_OWNER_USER_ID, FOLLOW_THROUGH_TITLE, ALERT_CONTENT,
      TICKET_LINK, PRIMARY_TOPIC, PLAYBOOK, PLAYBOOK_STEPS, FOLLOW_THROUGH_DUE, ESCALATE_TO_MANAGER_AT,
      ADDITIONAL_ALERTS, FOLLOW_THROUGH_OUTCOME, NO_ACTION_REASON, FOLLOW_UP_DATE, OUTCOME_NOTE, FOLLOW_UP_AT,
      HELPDESK_WRITE_BACK, HELPDESK_ACTIONS);

  /**
   * The triage results that are on record outside the process variables, so the history need not copy them
   * (see TriageHistory, {@code triage.history.recorded-variables}): the scores, account and queue in
   * {@code scored_ticket}; the escalation gate's inputs and outputs in its decision history; the account's name,
   * plan, renewal and CS owner in the accounts tables, where personal data is kept once.
   */
  public static final List<ProcessVariable<?>> RECORDED_ELSEWHERE = List.of(
      POLARITY, FRUSTRATION, SENTIMENT_LABEL, TOPICS, ACCOUNT_ID, ESCALATION_ACTION, SEVERITY, ROLLOUT_QUEUE,
      LEARNED_MODEL_VERSION,
      HIGHEST_TOPIC_RISK, CHURN_RISK, MRR, DAYS_TO_RENEWAL, HEALTH_SCORE, PLAN, ACCOUNT_TREND,
      ACCOUNT_TREND_DECLINING, FRUSTRATED_TICKETS_LAST_30_DAYS, COOLDOWN_ACTIVE, ESCALATION_REASON, REVIEW_SLA,
      RECOMMENDED_ACTION,
      ACCOUNT_FOUND, ACCOUNT_NAME, CS_OWNER_NAME, RENEWAL_DATE, CLV);

  /** Allowed values of {@link #ESCALATION_ACTION}, as listed in the escalation gate's output column. */
  public enum EscalationAction {
    ALERT, DIGEST, LOG,
    /** A promoter from a healthy account: an advocacy opportunity for the CS owner, never an alert (issue 18). */
    ADVOCACY
  }

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

  /** Allowed values of {@link #FOLLOW_THROUGH_KIND}, as the playbook table reads them. */
  public enum FollowThroughKind { AT_RISK, ADVOCACY }

  /** Allowed values of {@link #FOLLOW_THROUGH_OUTCOME}, as offered by forms/act-on-at-risk-account.form. */
  public enum FollowThroughOutcome {
    ACKNOWLEDGED("acknowledged"), CONTACTED("contacted"), CALL_BOOKED("call-booked"), RESOLVED("resolved"),
    NO_ACTION_NEEDED("no-action-needed"), ACCOUNT_AT_RISK("account-at-risk");

    private final String value;

    FollowThroughOutcome(String value) {
      this.value = value;
    }

    public String value() {
      return value;
    }

    /** "No action needed" says the alert was not worth the owner's time: a hint, not a verdict, of a false positive. */
    public boolean hintsFalsePositive() {
      return this == NO_ACTION_NEEDED;
    }

    /**
     * What the outcome tells the learning loop about the alert: false (a false-positive hint) for "no action
     * needed"; true (a confirmation hint) when the owner found the account at risk or had to act (contacted, call
     * booked, resolved); empty for "acknowledged", which says only that the owner read it.
     */
    public java.util.Optional<Boolean> confirmsAlert() {
      return switch (this) {
        case ACKNOWLEDGED -> java.util.Optional.empty();
        case NO_ACTION_NEEDED -> java.util.Optional.of(false);
        case CONTACTED, CALL_BOOKED, RESOLVED, ACCOUNT_AT_RISK -> java.util.Optional.of(true);
      };
    }

    public static FollowThroughOutcome of(String value) {
      for (FollowThroughOutcome outcome : values()) {
        if (outcome.value.equals(value)) {
          return outcome;
        }
      }
      throw new IllegalArgumentException("Unknown follow-through outcome '" + value + "'");
    }
  }

  private TriageVariables() {
  }
}
