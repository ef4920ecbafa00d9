package com.sentimenttriage.accounts;

import com.sentimenttriage.triage.ProcessVariable;
import java.util.List;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The contract of the link-unattached-ticket process: a CS manager chooses the account of a ticket whose
 * requester matched none; the link is remembered as a new contact. Started beside the triage, never blocking it.
 */
public final class LinkUnattachedTicketProcess {

  public static final String KEY = "link-unattached-ticket";
  public static final String RESOURCE = "processes/link-unattached-ticket.bpmn";
  public static final String FORM_KEY = "link-unattached-ticket";
  public static final String FORM_RESOURCE = "forms/link-unattached-ticket.form";

  /** Element ids. */
  public static final class Elements {
    public static final String TICKET_UNATTACHED = "StartEvent_TicketUnattached";
    public static final String CHOOSE_ACCOUNT = "UserTask_ChooseAccount";
    public static final String ACCOUNT_CHOSEN = "Gateway_AccountChosen";
    public static final String LINK_REQUESTER = "ServiceTask_LinkRequesterToAccount";
    public static final String REQUESTER_LINKED = "EndEvent_RequesterLinked";
    public static final String TICKET_LEFT_UNATTACHED = "EndEvent_TicketLeftUnattached";

    private Elements() {
    }
  }

  /** Spring bean names the model refers to. */
  public static final class Beans {
    public static final String CHECK_CHOSEN_ACCOUNT = "checkChosenAccountListener";
    public static final String LINK_REQUESTER = "linkRequesterToAccountDelegate";
    /** Names the task and prepares the accounts the form offers (issue 16). */
    public static final String PREPARE_CHOOSE_ACCOUNT = "prepareChooseAccountListener";

    private Beans() {
    }
  }

  /** The process's variables. */
  public static final class Variables {
    /** The triage instance's business key (source:ticketId). */
    public static final ProcessVariable<String> TICKET_REFERENCE = ProcessVariable.of("ticketReference", String.class);
    public static final ProcessVariable<String> REQUESTER_EMAIL = ProcessVariable.of("requesterEmail", String.class);
    public static final ProcessVariable<String> SUBJECT = ProcessVariable.of("subject", String.class);
    public static final ProcessVariable<Integer> FRUSTRATION = ProcessVariable.of("frustration", Integer.class);
    /** The customer's message, masked, so the manager can tell which company wrote it. */
    public static final ProcessVariable<String> TICKET_TEXT = ProcessVariable.of("ticketText", String.class);
    /**
     * The accounts the form's searchable select offers, as a Json list of {@code {"label", "value"}} with the
     * account id as text; written when the task is created and read by the form only.
     */
    public static final ProcessVariable<JsonValue> CANDIDATE_ACCOUNTS =
        ProcessVariable.of("candidateAccounts", JsonValue.class);
    /** The id, as text, of the account picked in the form's select; checked and copied to {@link #ACCOUNT_ID}. */
    public static final ProcessVariable<String> CHOSEN_ACCOUNT = ProcessVariable.of("chosenAccount", String.class);
    /** {@link LinkDecision#value()}, chosen in the form. */
    public static final ProcessVariable<String> LINK_DECISION = ProcessVariable.of("linkDecision", String.class);
    public static final ProcessVariable<Long> ACCOUNT_ID = ProcessVariable.of("linkedAccountId", Long.class);

    public static final List<ProcessVariable<?>> ALL = List.of(TICKET_REFERENCE, REQUESTER_EMAIL, SUBJECT,
        FRUSTRATION, TICKET_TEXT, CANDIDATE_ACCOUNTS, CHOSEN_ACCOUNT, LINK_DECISION, ACCOUNT_ID);

    private Variables() {
    }
  }

  /** Allowed values of {@link Variables#LINK_DECISION}, as offered by the form. */
  public enum LinkDecision {
    LINK("link"), LEAVE("leave");

    private final String value;

    LinkDecision(String value) {
      this.value = value;
    }

    public String value() {
      return value;
    }
  }

  private LinkUnattachedTicketProcess() {
  }
}
