package com.sentimenttriage.recall;

import com.sentimenttriage.triage.ProcessVariable;
import com.sentimenttriage.triage.TriageVariables;
import java.util.List;

/**
 * The contract of the monthly recall audit: supervisors judge a random sample of last month's tickets that were not
 * escalated, one task per ticket, so the share the gate missed can be estimated. A test checks ids, beans, variables
 * and the form against the model.
 */
public final class RecallAuditProcess {

  public static final String KEY = "recall-audit";
  public static final String RESOURCE = "processes/recall-audit.bpmn";
  public static final String FORM_KEY = "recall-audit";
  public static final String FORM_RESOURCE = "forms/recall-audit.form";

  public static final class Elements {
    public static final String MONTHLY_RECALL_AUDIT_DUE = "StartEvent_MonthlyRecallAuditDue";
    public static final String SAMPLE_NON_ESCALATED_TICKETS = "ServiceTask_SampleNonEscalatedTickets";
    public static final String TICKETS_TO_AUDIT = "Gateway_TicketsToAudit";
    public static final String NOTHING_TO_AUDIT = "EndEvent_NothingToAudit";
    public static final String AUDIT_SAMPLED_TICKET = "SubProcess_AuditSampledTicket";
    public static final String SAMPLED_TICKET_TO_AUDIT = "StartEvent_SampledTicketToAudit";
    public static final String LOAD_TICKET_FOR_AUDIT = "ServiceTask_LoadTicketForAudit";
    public static final String AUDIT_NOT_ESCALATED_TICKET = "UserTask_AuditNotEscalatedTicket";
    public static final String RECORD_AUDIT_ANSWER = "ServiceTask_RecordAuditAnswer";
    public static final String SAMPLED_TICKET_AUDITED = "EndEvent_SampledTicketAudited";
    public static final String ESTIMATE_RECALL = "ServiceTask_EstimateRecall";
    public static final String RECALL_ESTIMATED = "EndEvent_RecallEstimated";

    private Elements() {
    }
  }

  public static final class Beans {
    public static final String SAMPLE_NON_ESCALATED_TICKETS = "sampleNonEscalatedTicketsDelegate";
    public static final String LOAD_TICKET_FOR_AUDIT = "loadTicketForAuditDelegate";
    public static final String RECORD_AUDIT_ANSWER = "recordAuditAnswerDelegate";
    public static final String ESTIMATE_RECALL = "estimateRecallDelegate";
    public static final String AUDIT_TASK_LISTENER = "auditTaskListener";

    private Beans() {
    }
  }

  /** The audit's variables; the ticket's scores reuse the triage process's declarations, as the form shows them. */
  public static final class Variables {
    /** The month audited, yyyy-MM; by default the month before the start. Set it when starting by hand. */
    public static final ProcessVariable<String> AUDIT_MONTH = ProcessVariable.of("auditMonth", String.class);
    /** How many tickets to sample; by default {@code triage.recall-audit.sample-size}. */
    public static final ProcessVariable<Integer> SAMPLE_SIZE = ProcessVariable.of("sampleSize", Integer.class);
    public static final ProcessVariable<Long> RECALL_AUDIT_ID = ProcessVariable.of("recallAuditId", Long.class);
    /** The sampled tickets' business keys: the collection the audit tasks are created from. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final ProcessVariable<List<String>> SAMPLED_TICKETS =
        (ProcessVariable) ProcessVariable.of("sampledTickets", List.class);
    public static final ProcessVariable<Integer> TICKETS_SAMPLED = ProcessVariable.of("ticketsSampled", Integer.class);
    /** Tickets of the month that were not escalated: the population the sample stands for. */
    public static final ProcessVariable<Integer> NON_ESCALATED_TICKETS =
        ProcessVariable.of("nonEscalatedTickets", Integer.class);
    /** Per audit task (local): the sampled ticket's business key. */
    public static final ProcessVariable<String> AUDITED_TICKET = ProcessVariable.of("auditedTicket", String.class);
    /** Per audit task (local): when the ticket was scored, yyyy-MM-dd HH:mm UTC. */
    public static final ProcessVariable<String> TICKET_SCORED_AT = ProcessVariable.of("ticketScoredAt", String.class);
    /** Per audit task (local): the auditor's answer, one of {@link AuditAnswer}. */
    public static final ProcessVariable<String> SHOULD_HAVE_ESCALATED =
        ProcessVariable.of("shouldHaveEscalated", String.class);
    public static final ProcessVariable<String> AUDIT_COMMENT = ProcessVariable.of("auditComment", String.class);
    /**
     * Set when every sampled ticket is audited; null when the month gives no estimate, e.g. no escalation of it was
     * judged ({@link RecallEstimate.UnknownReason}).
     */
    public static final ProcessVariable<Double> RECALL_ESTIMATE = ProcessVariable.of("recallEstimate", Double.class);

    public static final List<ProcessVariable<?>> ALL = List.of(AUDIT_MONTH, SAMPLE_SIZE, RECALL_AUDIT_ID,
        SAMPLED_TICKETS, TICKETS_SAMPLED, NON_ESCALATED_TICKETS, AUDITED_TICKET, TICKET_SCORED_AT,
        TriageVariables.SUBJECT, TriageVariables.ACCOUNT_NAME, TriageVariables.TICKET_TEXT, TriageVariables.POLARITY,
        TriageVariables.FRUSTRATION, TriageVariables.SENTIMENT_LABEL, TriageVariables.TOPICS,
        TriageVariables.ESCALATION_ACTION,
        SHOULD_HAVE_ESCALATED, AUDIT_COMMENT, RECALL_ESTIMATE);

    private Variables() {
    }
  }

  /** The audit form's answers to "should this ticket have been escalated?". */
  public enum AuditAnswer {
    YES("yes"), NO("no");

    private final String value;

    AuditAnswer(String value) {
      this.value = value;
    }

    public String value() {
      return value;
    }

    public static AuditAnswer of(String value) {
      for (AuditAnswer answer : values()) {
        if (answer.value.equals(value)) {
          return answer;
        }
      }
      throw new IllegalArgumentException("Unknown audit answer '" + value + "'");
    }
  }

  private RecallAuditProcess() {
  }
}
