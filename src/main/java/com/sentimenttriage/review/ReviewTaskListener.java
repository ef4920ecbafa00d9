package com.sentimenttriage.review;

import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_NAME;
import static com.sentimenttriage.triage.TriageVariables.ATTACHED_TICKETS;
import static com.sentimenttriage.triage.TriageVariables.CONVERSATION;
import static com.sentimenttriage.triage.TriageVariables.CONVERSATION_THREAD;
import static com.sentimenttriage.triage.TriageVariables.SEVERITY;
import static com.sentimenttriage.triage.TriageVariables.SUBJECT;

import com.sentimenttriage.intake.Conversation;
import com.sentimenttriage.intake.TicketMessage;
import com.sentimenttriage.triage.TaskTitle;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Readies a review or audit task for Tasklist. When it is created, its name says what it is about ("Review
 * escalation — Acme Corp: Export broken again (Critical)"); the BPMN keeps the step's business name. When it is
 * created and whenever someone claims it, {@code conversationThread} shows the thread in lines (a customer's reply
 * may have come in since) and {@code attachedTickets} lists the tickets the cooldown attached to this
 * alert since. Why on claim and not as they arrive: the attaching ticket's job would then write to this instance's
 * variables, and two tickets of an account in trouble attached at once would conflict (see gating.ReviewNotes).
 */
@Component("reviewTaskListener")
public class ReviewTaskListener implements TaskListener {

  static final String NONE_ATTACHED = "None so far";
  static final String NO_EARLIER_MESSAGES = "None: this is the customer's first message in the thread.";
  /** Camunda keeps string variables in a 4,000-character column. */
  private static final int MAX_TEXT = 3_900;

  private final AttachedTickets attachedTickets;

  public ReviewTaskListener(AttachedTickets attachedTickets) {
    this.attachedTickets = attachedTickets;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setName(TaskTitle.of(task.getName(), ACCOUNT_NAME.find(task).orElse(""), SUBJECT.find(task).orElse(""),
          SEVERITY.find(task).orElse(null)));
    }
    CONVERSATION_THREAD.set(task, thread(Conversation.decode(CONVERSATION.find(task).orElse(null))));
    List<String> attached = attachedTickets.of(task.getProcessInstanceId());
    String text = attached.isEmpty() ? NONE_ATTACHED : String.join("\n", attached);
    ATTACHED_TICKETS.set(task, text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…");
  }

  /** One line per earlier message, oldest first; when too long for a variable, the oldest are left out. */
  static String thread(List<TicketMessage> messages) {
    if (messages.isEmpty()) {
      return NO_EARLIER_MESSAGES;
    }
    List<String> lines = new ArrayList<>();
    int length = 0;
    for (int i = messages.size() - 1; i >= 0; i--) {
      TicketMessage message = messages.get(i);
      String line = (message.author() == TicketMessage.Author.CUSTOMER ? "Customer: " : "Agent: ")
          + message.text().replaceAll("\\s+", " ").strip();
      if (length + line.length() + 1 > MAX_TEXT) {
        lines.add(0, "(earlier messages left out)");
        break;
      }
      lines.add(0, line);
      length += line.length() + 1;
    }
    return String.join("\n", lines);
  }
}
