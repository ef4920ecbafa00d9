package com.sentimenttriage.gating;

import static com.sentimenttriage.triage.TriageVariables.ATTACHED_TICKETS;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Tells the open alert's review task, if it still waits for a supervisor, about a ticket attached to it. Only the
 * comment is written ({@link ReviewNotes}), so this never conflicts with the reviewer completing the task, nor with
 * another ticket's note at the same moment.
 *
 * <p>The tasks are read with the engine's plain lookup by instance, in the calling delegate's command: a task query
 * assembles Camunda's generic task SQL (authorization, tenants, dozens of optional criteria) each time, which was
 * 7 % of the job executor's CPU under load, as many tickets of an account in trouble arrive during its cooldown.
 */
final class OpenReviewNotes {

  private OpenReviewNotes() {
  }

  static void noteAttachedTicket(OpenAlert alert, DelegateExecution execution, GateTicket ticket,
      GateDecision decision, Instant now) {
    List<TaskEntity> open = Context.getCommandContext().getTaskManager()
        .findTasksByProcessInstanceId(alert.processInstanceId());
    boolean listed = false;
    for (TaskEntity task : open) {
      if (task.isSuspended()) {
        continue;
      }
      ReviewNotes.add(task, "Another ticket from this account: "
          + execution.getProcessBusinessKey() + " (frustration " + ticket.frustration() + ", "
          + decision.severity() + "), attached to this alert.");
      if (!listed) {
        // The comment is Camunda's admins' to read only; every reviewer reads the form's attachedTickets. Its one
        // variable row is written, never the task's: two tickets attached at the same moment may still conflict on
        // it, and the later one's job then runs again (rare: the same account, the same instant).
        ATTACHED_TICKETS.set(task.getExecution(), AttachedTicketLines.append(
            ATTACHED_TICKETS.find(task.getExecution()).orElse(null),
            AttachedTicketLines.line(now, execution.getProcessBusinessKey(), ticket.frustration(),
                ticket.sentimentLabel(), ticket.ticketText())));
        listed = true;
      }
    }
  }
}
