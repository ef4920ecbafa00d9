package com.sentimenttriage.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
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
 *       was escalated; the routing tables ({@code queue-routing}, {@code escalation-route}) are lookups whose
 *       results are process variables anyway.</li>
 * </ul>
 * Everything else of {@code full} stays: activities, user tasks, job log, incidents, the user operation log.
 * Unlike a lower history level, neither setting needs a change to a database that already ran with {@code full}.
 */
public final class TriageHistory {

  /** Every decision's evaluations are kept. */
  public static final String ALL_DECISIONS = "*";

  private TriageHistory() {
  }

  public static ProcessEnginePlugin plugin(boolean keepVariableUpdates, Set<String> decisionsKept) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl engine) {
        if (keepVariableUpdates && decisionsKept.contains(ALL_DECISIONS)) {
          return;
        }
        // Camunda's own database handler with two of its writes made conditional; handlers other plugins
        // registered stay.
        List<HistoryEventHandler> handlers = new ArrayList<>();
        handlers.add(new DbHistoryEventHandler() {
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
}
