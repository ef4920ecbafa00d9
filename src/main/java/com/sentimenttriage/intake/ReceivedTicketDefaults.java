package com.sentimenttriage.intake;

import com.sentimenttriage.triage.ProcessVariable;
import com.sentimenttriage.triage.TriageVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * "Ticket received": a ticket started by anyone but the helpdesk webhook (an admin through the REST API or Cockpit,
 * a test) has every variable of {@link TriageVariables#RECEIVED} too, null where it was not given, as the webhook
 * sets them. The model's steps can then name them ({@code ${subject}}) instead of
 * {@code ${execution.getVariable('subject')}}, whose every evaluation looks the method up by reflection
 * (docs/performance.md). A webhook ticket has them all already, so nothing is written for it.
 *
 * <p>Referenced by class from the model, not as a bean: it needs nothing from Spring.
 */
public class ReceivedTicketDefaults implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    for (ProcessVariable<?> variable : TriageVariables.RECEIVED) {
      if (!execution.hasVariable(variable.name())) {
        execution.setVariable(variable.name(), null);
      }
    }
  }
}
