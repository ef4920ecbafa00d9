package com.sentimenttriage.triage;

/**
 * The contract of the ticket triage process: its key, model resources, the element ids that Java, tests and
 * forms refer to, and the delegate bean names the model calls. A test checks each against the BPMN.
 */
public final class TicketTriageProcess {

  public static final String KEY = "ticket-triage";
  public static final String RESOURCE = "processes/ticket-triage.bpmn";
  public static final String GATE_DECISION_KEY = "escalation-gate";
  public static final String GATE_RESOURCE = "processes/escalation-gate.dmn";
  public static final String REVIEW_FORM_KEY = "review-escalation";
  public static final String REVIEW_FORM_RESOURCE = "forms/review-escalation.form";
  // Review and rollout (issue 6)
  public static final String AUDIT_FORM_KEY = "audit-escalation";
  public static final String AUDIT_FORM_RESOURCE = "forms/audit-escalation.form";
  public static final String QUEUE_ROUTING_DECISION_KEY = "queue-routing";
  public static final String QUEUE_ROUTING_RESOURCE = "processes/queue-routing.dmn";
  public static final String ROUTE_DECISION_KEY = "escalation-route";
  public static final String ROUTE_RESOURCE = "processes/escalation-route.dmn";

  /** Element ids, named as the business speaks. */
  public static final class Elements {
    public static final String TICKET_RECEIVED = "StartEvent_TicketReceived";
    public static final String SCORE_TICKET = "ServiceTask_ScoreTicket";
    public static final String LOOK_UP_ACCOUNT = "ServiceTask_LookUpAccount";
    public static final String CHECK_ACCOUNT_CONTEXT = "ServiceTask_CheckAccountTrendAndOpenAlerts";
    public static final String DECIDE_ESCALATION = "BusinessRuleTask_DecideEscalation";
    public static final String CLAIM_ALERT_COOLDOWN = "ServiceTask_ClaimAlertCooldown";
    public static final String ANOTHER_TICKET_ALERTED_FIRST = "Gateway_AnotherTicketAlertedFirst";
    public static final String WEIGH_ESCALATION = "ServiceTask_WeighPriorityAndRiskFactors";
    public static final String RECORD_SCORE = "ServiceTask_RecordScore";
    public static final String REVIEW_NEEDED = "Gateway_ReviewNeeded";
    public static final String TICKET_SCORED = "EndEvent_TicketScored";
    public static final String REVIEW_ESCALATION = "UserTask_ReviewEscalation";
    public static final String RECORD_REVIEW_OUTCOME = "ServiceTask_RecordReviewOutcome";
    public static final String ESCALATION_CONFIRMED = "Gateway_EscalationConfirmed";
    public static final String ALERT_CS_OWNER = "ServiceTask_AlertCsOwner";
    public static final String POST_ALERT_TO_CHAT = "ServiceTask_PostAlertToChat";
    public static final String CS_OWNER_ALERTED = "EndEvent_CsOwnerAlerted";
    public static final String ESCALATION_DISMISSED = "EndEvent_EscalationDismissed";
    // Intake (issue 4): a customer's follow-up message while the instance runs
    public static final String CUSTOMER_REPLIED_SUBPROCESS = "SubProcess_CustomerReplied";
    public static final String CUSTOMER_REPLIED = "StartEvent_CustomerReplied";
    public static final String RESCORE_TICKET = "ServiceTask_RescoreTicket";
    public static final String TICKET_RESCORED = "EndEvent_TicketRescored";
    // Review loop, rollout routing and timers (issue 6)
    public static final String ROUTE_TO_ROLLOUT_QUEUE = "BusinessRuleTask_RouteToRolloutQueue";
    public static final String PREPARE_REVIEW = "ServiceTask_PrepareReview";
    public static final String REVIEW_BEFORE_ALERT = "Gateway_ReviewBeforeAlert";
    public static final String REVIEW_OVERDUE = "BoundaryEvent_ReviewOverdue";
    public static final String ESCALATE_OVERDUE_REVIEW = "ServiceTask_EscalateOverdueReview";
    public static final String REVIEW_ESCALATED_TO_MANAGERS = "EndEvent_ReviewEscalatedToManagers";
    public static final String REVIEW_LONG_OVERDUE = "BoundaryEvent_ReviewLongOverdue";
    public static final String CHECK_ROLLOUT_STAGE = "BusinessRuleTask_CheckRolloutStage";
    public static final String ALERT_WITHOUT_REVIEW = "Gateway_AlertWithoutReview";
    public static final String ALERT_CS_OWNER_UNREVIEWED = "ServiceTask_AlertCsOwnerUnreviewed";
    public static final String POST_UNREVIEWED_ALERT_TO_CHAT = "ServiceTask_PostUnreviewedAlertToChat";
    public static final String UNREVIEWED_ALERT_SENT = "EndEvent_UnreviewedAlertSent";
    public static final String REMIND_MANAGER = "ServiceTask_RemindManager";
    public static final String MANAGER_REMINDED = "EndEvent_ManagerReminded";
    public static final String ALREADY_ALERTED = "Gateway_AlreadyAlerted";
    public static final String REVIEW_RECORDED = "EndEvent_ReviewRecorded";
    public static final String AUDIT_SAMPLED = "Gateway_AuditSampled";
    public static final String AUDIT_ESCALATION = "UserTask_AuditEscalation";
    public static final String RECORD_AUDIT_OUTCOME = "ServiceTask_RecordAuditOutcome";
    public static final String ESCALATION_AUDITED = "EndEvent_EscalationAudited";
    // Feedback loop (issue 8)
    public static final String APPLY_LEARNED_CORRECTION = "ServiceTask_ApplyLearnedCorrection";
    // CS follow-through (issue 18): after the alert, the CS owner's task in a process of its own
    public static final String OPEN_CS_FOLLOW_THROUGH = "ServiceTask_OpenCsFollowThrough";
    public static final String OPEN_CS_FOLLOW_THROUGH_UNREVIEWED = "ServiceTask_OpenCsFollowThroughUnreviewed";
    public static final String OPEN_ADVOCACY_OPPORTUNITY = "ServiceTask_OpenAdvocacyOpportunity";
    public static final String ADVOCACY_OPPORTUNITY_OPENED = "EndEvent_AdvocacyOpportunityOpened";
    // Helpdesk write-back (issue 17): on branches of their own, beside review and alert
    public static final String SCORE_RECORDED = "Gateway_ScoreRecorded";
    public static final String WRITE_SCORE_BACK = "ServiceTask_WriteScoreBack";
    public static final String SCORE_WRITTEN_BACK = "EndEvent_ScoreWrittenBack";
    public static final String WRITE_RESCORE_BACK = "ServiceTask_WriteRescoreBack";
    public static final String WRITE_VERDICT_BACK = "ServiceTask_WriteVerdictBack";

    private Elements() {
    }
  }

  /** Spring bean names the model refers to with delegateExpression. */
  public static final class Beans {
    public static final String SCORE_TICKET = "scoreTicketDelegate";
    public static final String LOOK_UP_ACCOUNT = "lookUpAccountDelegate";
    // The escalation gate around its decision table, which "Decide escalation" evaluates (GATE_DECISION_KEY)
    public static final String CHECK_ACCOUNT_CONTEXT = "checkAccountContextDelegate";
    public static final String CLAIM_ALERT_COOLDOWN = "claimAlertCooldownDelegate";
    public static final String WEIGH_ESCALATION = "weighEscalationDelegate";
    public static final String RECORD_SCORE = "recordScoreDelegate";
    public static final String RECORD_REVIEW_OUTCOME = "recordReviewOutcomeDelegate";
    public static final String ALERT_CS_OWNER = "alertCsOwnerAdapter";
    public static final String POST_ALERT_TO_CHAT = "postAlertToChatAdapter";
    /** Not a delegate: the alert steps' retry cycle, {@code ${alertRetryPolicy.cycle}}. */
    public static final String ALERT_RETRY_POLICY = "alertRetryPolicy";
    public static final String RESCORE_TICKET = "rescoreTicketDelegate";
    // issue 6
    public static final String ROUTE_TO_ROLLOUT_QUEUE = "routeToRolloutQueueDelegate";
    public static final String PREPARE_REVIEW = "prepareReviewDelegate";
    public static final String ESCALATE_OVERDUE_REVIEW = "escalateOverdueReviewDelegate";
    public static final String CHECK_ROLLOUT_STAGE = "checkRolloutStageDelegate";
    public static final String REMIND_MANAGER = "remindManagerDelegate";
    public static final String RECORD_AUDIT_OUTCOME = "recordAuditOutcomeDelegate";
    /** Names the review and audit tasks and lists the attached tickets for their forms (issue 16). */
    public static final String REVIEW_TASK_LISTENER = "reviewTaskListener";
    // Feedback loop (issue 8)
    public static final String APPLY_LEARNED_CORRECTION = "applyLearnedCorrectionDelegate";
    // CS follow-through (issue 18): hands the alert to a new follow-through, or to the account's open one
    public static final String OPEN_CS_FOLLOW_THROUGH = "openCsFollowThroughDelegate";
    // Helpdesk write-back (issue 17): the step, its retry cycle, and whether the ticket's helpdesk takes write-back
    public static final String WRITE_BACK_TO_HELPDESK = "writeBackToHelpdeskDelegate";
    public static final String HELPDESK_WRITE_BACK_RETRY_POLICY = "helpdeskWriteBackRetryPolicy";
    public static final String HELPDESK_WRITE_BACKS = "helpdeskWriteBacks";

    private Beans() {
    }
  }

  /** Messages the model catches, by name. */
  public static final class Messages {
    /** A new customer message on a ticket whose instance is still running. */
    public static final String CUSTOMER_REPLIED = "CustomerReplied";

    private Messages() {
    }
  }

  /** Groups the model assigns work to. */
  public static final class Groups {
    public static final String SUPERVISORS = "supervisors";
    public static final String CS_MANAGERS = "cs-managers";
    public static final String PROCESS_ADMINS = "process-admins";
    /** The accounts' CS owners, who act on alerts in the CS follow-through process. */
    public static final String CS_OWNERS = "cs-owners";

    private Groups() {
    }
  }

  public static String businessKey(String source, String ticketId) {
    return source + ":" + ticketId;
  }

  private TicketTriageProcess() {
  }
}
