package com.sentimenttriage.followthrough;

import com.sentimenttriage.triage.TicketTriageProcess;

/**
 * The contract of the CS follow-through process (issue 18): after an alert, the account's CS owner gets a task with
 * the playbook's steps, a reminder at its due time, an escalation to the CS manager when it stays open, and records
 * the outcome, which may set a follow-up date that re-opens the task then. Its variables are declared in
 * {@link com.sentimenttriage.triage.TriageVariables}, section "CS follow-through".
 */
public final class CsFollowThroughProcess {

  public static final String KEY = "cs-follow-through";
  public static final String RESOURCE = "processes/cs-follow-through.bpmn";
  public static final String PLAYBOOK_DECISION_KEY = "playbooks";
  public static final String PLAYBOOK_RESOURCE = "processes/playbooks.dmn";
  public static final String FORM_KEY = "act-on-at-risk-account";
  public static final String FORM_RESOURCE = "forms/act-on-at-risk-account.form";

  /** Element ids, named as the business speaks. */
  public static final class Elements {
    public static final String ALERT_SENT = "StartEvent_CsAlertSent";
    public static final String PREPARE_FOLLOW_THROUGH = "ServiceTask_PrepareFollowThrough";
    public static final String FIND_PLAYBOOK = "BusinessRuleTask_FindPlaybook";
    public static final String SCHEDULE_PLAYBOOK = "ServiceTask_SchedulePlaybook";
    public static final String ACT_ON_ACCOUNT = "UserTask_ActOnAtRiskAccount";
    public static final String PLAYBOOK_STEP_DUE = "BoundaryEvent_PlaybookStepDue";
    public static final String REMIND_CS_OWNER = "ServiceTask_RemindCsOwner";
    public static final String CS_OWNER_REMINDED = "EndEvent_CsOwnerReminded";
    public static final String STILL_OPEN = "BoundaryEvent_FollowThroughStillOpen";
    public static final String ESCALATE_TO_CS_MANAGER = "ServiceTask_EscalateToCsManager";
    public static final String CS_MANAGER_ESCALATED = "EndEvent_CsManagerEscalated";
    public static final String ANOTHER_ALERT_SUBPROCESS = "SubProcess_AnotherAlertForAccount";
    public static final String ANOTHER_ALERT = "StartEvent_AnotherAlertForAccount";
    public static final String NOTE_ANOTHER_ALERT = "ServiceTask_NoteAnotherAlert";
    public static final String ANOTHER_ALERT_NOTED = "EndEvent_AnotherAlertNoted";
    public static final String RECORD_OUTCOME = "ServiceTask_RecordOutcome";
    public static final String FOLLOW_UP_SET = "Gateway_FollowUpDateSet";
    public static final String FOLLOW_UP_DATE_REACHED = "IntermediateCatchEvent_FollowUpDateReached";
    public static final String FOLLOW_THROUGH_CLOSED = "EndEvent_FollowThroughClosed";

    private Elements() {
    }
  }

  /** Spring bean names the model refers to with delegateExpression. */
  public static final class Beans {
    public static final String PREPARE_FOLLOW_THROUGH = "prepareFollowThroughDelegate";
    public static final String SCHEDULE_PLAYBOOK = "schedulePlaybookDelegate";
    public static final String REMIND_CS_OWNER = "remindCsOwnerDelegate";
    public static final String ESCALATE_TO_CS_MANAGER = "escalateFollowThroughDelegate";
    public static final String NOTE_ANOTHER_ALERT = "noteAnotherAlertDelegate";
    public static final String RECORD_OUTCOME = "recordFollowThroughOutcomeDelegate";
    /** Task listener: the account's CS owner becomes the task's candidate, so only they (and managers) see it. */
    public static final String ASSIGN_CS_OWNER = "assignCsOwnerListener";

    private Beans() {
    }
  }

  /** Messages the model catches, by name. */
  public static final class Messages {
    /** An alert went out: starts a follow-through for the account's CS owner. */
    public static final String CS_ALERT_SENT = "CsAlertSent";
    /** Another alert for an account whose follow-through is still open: noted on its task. */
    public static final String ANOTHER_ALERT_FOR_ACCOUNT = "AnotherAlertForAccount";

    private Messages() {
    }
  }

  /** Groups the model assigns work to. */
  public static final class Groups {
    public static final String CS_OWNERS = TicketTriageProcess.Groups.CS_OWNERS;
    public static final String CS_MANAGERS = TicketTriageProcess.Groups.CS_MANAGERS;

    private Groups() {
    }
  }

  /** The follow-through's business key: the alert it follows, so the alert's link finds it. */
  public static String businessKey(String alertProcessInstanceId) {
    return "alert:" + alertProcessInstanceId;
  }

  private CsFollowThroughProcess() {
  }
}
