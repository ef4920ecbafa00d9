package com.sentimenttriage.gating;

import static com.sentimenttriage.triage.TriageVariables.ATTACHED_TICKETS;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;

/**
 * Tells the open alert's review task, if it still waits for a supervisor, about a ticket attached to it: one line in
 * the form's {@code attachedTickets}, which every reviewer reads. Public engine API only (issue 20).
 *
 * <p>The variable is set through {@link RuntimeService} on the task's execution, so only its variable row is
 * written, never the task's: this never conflicts with the reviewer completing the task. {@code TaskService}'s
 * {@code setVariable} and {@code createComment} would both update the task row in Camunda 7.24 ("last updated").
 * That is also why the review task gets no comment any more: the public {@code createComment} on a task brings back
 * the optimistic-locking conflicts a comment-only insert (an internal command's subclass) had removed. The comment
 * was Camunda's admins' to read only; the form's line carries the same ticket, frustration and label.
 *
 * <p>The task is found by a task query (one indexed select by process instance), which costs more CPU than the
 * engine's internal lookup it replaces; it runs only for a ticket attached to an open alert that has opened a review
 * or audit task ({@link OpenAlert#reviewTaskOpened()}): an alert sent without review has no form to note in.
 */
final class OpenReviewNotes {

  private OpenReviewNotes() {
  }

  static void noteAttachedTicket(OpenAlert alert, DelegateExecution execution, GateTicket ticket, Instant now) {
    if (!alert.reviewTaskOpened()) {
      return;
    }
    List<Task> open = execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(alert.processInstanceId()).active().list();
    if (open.isEmpty()) {
      return;
    }
    // Two tickets attached at the same moment may still conflict on this one variable row; the later one's job then
    // runs again (rare: the same account, the same instant).
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    String reviewExecution = open.get(0).getExecutionId();
    String before = ATTACHED_TICKETS.find(runtime.getVariables(reviewExecution, List.of(ATTACHED_TICKETS.name())))
        .orElse(null);
    runtime.setVariable(reviewExecution, ATTACHED_TICKETS.name(), AttachedTicketLines.append(before,
        AttachedTicketLines.line(now, execution.getProcessBusinessKey(), ticket.frustration(),
            ticket.sentimentLabel(), ticket.ticketText())));
  }
}
