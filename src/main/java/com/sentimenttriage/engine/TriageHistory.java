package com.sentimenttriage.engine;

import com.sentimenttriage.triage.ProcessVariable;
import com.sentimenttriage.triage.TicketTriageProcess;
import com.sentimenttriage.triage.TriageVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * What Camunda's history (level {@code full}) leaves out for the triage, to halve its database writes per ticket
 * (docs/performance.md), and the settings that put it back:
 * <ul>
 *   <li>{@code triage.history.variable-updates} (default false): a row per variable update
 *       ({@code ACT_HI_DETAIL}). Each variable's latest value ({@code ACT_HI_VARINST}) is always kept; a ticket sets
 *       some forty variables, nearly all once, so the update rows repeated those values, and kept one copy more of
 *       the masked ticket text.</li>
 *   <li>{@code triage.history.decisions} (default {@code escalation-gate}; {@code *} for all): the decision tables
 *       whose evaluations, with their inputs and outputs, are kept. The gate's are the audit trail of why a ticket
 *       was escalated. The routing tables ({@code queue-routing}, {@code escalation-route}) are lookups whose
 *       results are process variables anyway; they are evaluated without the engine's decision service
 *       ({@link RoutingTables}) and have no history whatever this says.</li>
 *   <li>{@code triage.history.recorded-variables} (default false): the history of the triage variables that are
 *       on record elsewhere ({@link TriageVariables#RECORDED_ELSEWHERE}: scores and the queue in
 *       {@code scored_ticket}, the gate's inputs and outputs in its decision history, account facts in the
 *       accounts tables). They were a third of the history rows of a ticket, and copied account names and CS
 *       owners' addresses into the history. Only the ticket triage process is concerned; while an instance runs,
 *       its runtime variables (what Cockpit and Tasklist show) are all there.</li>
 *   <li>{@code triage.history.gate-steps} (default false): the activity rows of the steps around the gate's table
 *       ({@link #GATE_STEPS}: check the account, claim the cooldown, the race's gateway, weigh the verdict). They
 *       run in the same transaction as "Decide escalation", whose row and decision evaluation (inputs, matched rule,
 *       outputs) stay; before the gate was modelled in steps, it was that one row. Without them a ticket writes
 *       10.4 activity rows, as before (docs/performance.md, twelfth session), instead of about 14. A failing step
 *       still leaves its incident and job log.</li>
 * </ul>
 * Everything else of {@code full} stays: activities, user tasks, job log, incidents, the user operation log.
 * Unlike a lower history level, none of the settings needs a change to a database that already ran with {@code full}.
 */
public final class TriageHistory {

  /** Every decision's evaluations are kept. */
  public static final String ALL_DECISIONS = "*";

  private static final Set<String> RECORDED_ELSEWHERE = TriageVariables.RECORDED_ELSEWHERE.stream()
      .map(ProcessVariable::name).collect(Collectors.toUnmodifiableSet());

  private TriageHistory() {
  }

  /** The triage model's steps around "Decide escalation" whose activity rows are left out by default. */
  static final Set<String> GATE_STEPS = Set.of(
      TicketTriageProcess.Elements.CHECK_ACCOUNT_CONTEXT,
      TicketTriageProcess.Elements.CLAIM_ALERT_COOLDOWN,
      TicketTriageProcess.Elements.ANOTHER_TICKET_ALERTED_FIRST,
      TicketTriageProcess.Elements.WEIGH_ESCALATION);

  /** The four settings. */
  public record Settings(boolean keepVariableUpdates, Set<String> decisionsKept, boolean keepRecordedVariables,
      boolean keepGateSteps) {

    /** Everything kept: Camunda's own {@code full}. */
    boolean full() {
      return keepVariableUpdates && keepRecordedVariables && keepGateSteps && decisionsKept.contains(ALL_DECISIONS);
    }
  }

  public static ProcessEnginePlugin plugin(Settings settings) {
    boolean keepVariableUpdates = settings.keepVariableUpdates();
    Set<String> decisionsKept = settings.decisionsKept();
    Set<String> variablesLeftOut = settings.keepRecordedVariables() ? Set.of() : RECORDED_ELSEWHERE;
    Set<String> activitiesLeftOut = settings.keepGateSteps() ? Set.of() : GATE_STEPS;
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl engine) {
        if (settings.full()) {
          return;
        }
        // Camunda's own database handler with four of its writes made conditional; handlers other plugins
        // registered stay.
        List<HistoryEventHandler> handlers = new ArrayList<>();
        handlers.add(new DbHistoryEventHandler() {
          @Override
          public void handleEvent(HistoryEvent event) {
            // Creation, update and deletion alike, so no row is looked up that was never written.
            if (event instanceof HistoricVariableUpdateEventEntity variable
                && TicketTriageProcess.KEY.equals(variable.getProcessDefinitionKey())
                && (variablesLeftOut.contains(variable.getVariableName()) || isStepLocal(variable))) {
              return;
            }
            // Start and end alike: the end would otherwise update a row that was never inserted.
            if (event instanceof HistoricActivityInstanceEventEntity activity
                && activitiesLeftOut.contains(activity.getActivityId())
                && TicketTriageProcess.KEY.equals(activity.getProcessDefinitionKey())) {
              return;
            }
            super.handleEvent(event);
          }

          @Override
          protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity update) {
            return keepVariableUpdates && super.shouldWriteHistoricDetail(update);
          }

          @Override
          protected void insertHistoricDecisionEvaluationEvent(HistoricDecisionEvaluationEvent evaluation) {
            if (decisionsKept.contains(ALL_DECISIONS) || decisionsKept.contains(
                evaluation.getRootHistoricDecisionInstance().getDecisionDefinitionKey())) {
              super.insertHistoricDecisionEvaluationEvent(evaluation);
            }
          }
        });
        if (engine.getCustomHistoryEventHandlers() != null) {
          handlers.addAll(engine.getCustomHistoryEventHandlers());
        }
        engine.setEnableDefaultDbHistoryEventHandler(false);
        engine.setCustomHistoryEventHandlers(handlers);
      }
    };
  }

  /**
   * A templated step's input parameter: a copy, for the step's own run, of a value the process keeps (the element
   * templates' inputs; their outputs are transient and never stored). The process's variable has the history.
   */
  private static boolean isStepLocal(HistoricVariableUpdateEventEntity variable) {
    return variable.getScopeActivityInstanceId() != null
        && !variable.getScopeActivityInstanceId().equals(variable.getProcessInstanceId());
  }
}
