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

  /** Element ids, named as the business speaks. */
  public static final class Elements {
    public static final String TICKET_RECEIVED = "StartEvent_TicketReceived";
    public static final String SCORE_TICKET = "ServiceTask_ScoreTicket";
    public static final String LOOK_UP_ACCOUNT = "ServiceTask_LookUpAccount";
    public static final String DECIDE_ESCALATION = "BusinessRuleTask_DecideEscalation";
    public static final String RECORD_SCORE = "ServiceTask_RecordScore";
    public static final String REVIEW_NEEDED = "Gateway_ReviewNeeded";
    public static final String TICKET_SCORED = "EndEvent_TicketScored";
    public static final String REVIEW_ESCALATION = "UserTask_ReviewEscalation";
    public static final String RECORD_REVIEW_OUTCOME = "ServiceTask_RecordReviewOutcome";
    public static final String ESCALATION_CONFIRMED = "Gateway_EscalationConfirmed";
    public static final String ALERT_CS_OWNER = "ServiceTask_AlertCsOwner";
    public static final String CS_OWNER_ALERTED = "EndEvent_CsOwnerAlerted";
    public static final String ESCALATION_DISMISSED = "EndEvent_EscalationDismissed";
    // Feedback loop (issue 8)
    public static final String APPLY_LEARNED_CORRECTION = "ServiceTask_ApplyLearnedCorrection";

    private Elements() {
    }
  }

  /** Spring bean names the model refers to with delegateExpression. */
  public static final class Beans {
    public static final String SCORE_TICKET = "scoreTicketDelegate";
    public static final String LOOK_UP_ACCOUNT = "lookUpAccountDelegate";
    public static final String DECIDE_ESCALATION = "decideEscalationDelegate";
    public static final String RECORD_SCORE = "recordScoreDelegate";
    public static final String RECORD_REVIEW_OUTCOME = "recordReviewOutcomeDelegate";
    public static final String ALERT_CS_OWNER = "alertCsOwnerAdapter";
    // Feedback loop (issue 8)
    public static final String APPLY_LEARNED_CORRECTION = "applyLearnedCorrectionDelegate";

    private Beans() {
    }
  }

  /** Groups the model assigns work to. */
  public static final class Groups {
    public static final String SUPERVISORS = "supervisors";
    public static final String CS_MANAGERS = "cs-managers";
    public static final String PROCESS_ADMINS = "process-admins";

    private Groups() {
    }
  }

  public static String businessKey(String source, String ticketId) {
    return source + ":" + ticketId;
  }

  private TicketTriageProcess() {
  }
}
