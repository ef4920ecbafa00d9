package com.sentimenttriage.triage;

import static com.sentimenttriage.triage.TriageVariables.AUDIT_SAMPLED;
import static com.sentimenttriage.triage.TriageVariables.ESCALATION_ROUTE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * When each ticket's gate decision was committed, measured in this JVM's {@link System#nanoTime()} so it compares
 * directly with the send time the load generator took: an end listener on the "Decide escalation" task registers
 * an after-commit callback on the job's transaction. The database's timestamps would be earlier than the commit
 * (ACT_HI_ACTINST's end time, {@code scored_ticket.scored_at} are taken while the job still runs its remaining
 * steps and flushes), need a query per ticket, and come from another clock on PostgreSQL. A rolled-back attempt
 * records nothing. The probe also remembers each ticket's route, which the no-op model replays.
 *
 * <p>Static, because the benchmark's nodes all run in this JVM and report to the same generator.
 */
final class DecisionProbe extends AbstractProcessEnginePlugin {

  /** A ticket's route as the real model chose it: what the no-op model must replay to take the same path. */
  record Route(String escalationRoute, boolean auditSampled) {
    static final Route RECORD = new Route(TriageVariables.EscalationRoute.RECORD.name(), false);
  }

  private static final Map<String, Long> DECIDED_AT = new ConcurrentHashMap<>();
  private static final Map<String, Route> ROUTES = new ConcurrentHashMap<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (TicketTriageProcess.Elements.DECIDE_ESCALATION.equals(activity.getId())) {
          activity.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) DecisionProbe::decided);
        } else if (TicketTriageProcess.Elements.ROUTE_TO_ROLLOUT_QUEUE.equals(activity.getId())) {
          activity.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) DecisionProbe::routed);
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private static void decided(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    afterCommit(() -> DECIDED_AT.putIfAbsent(businessKey, System.nanoTime()));
  }

  private static void routed(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    Route route = new Route(ESCALATION_ROUTE.get(execution), AUDIT_SAMPLED.find(execution).orElse(false));
    afterCommit(() -> ROUTES.put(businessKey, route));
  }

  private static void afterCommit(Runnable action) {
    Context.getCommandContext().getTransactionContext()
        .addTransactionListener(TransactionState.COMMITTED, commandContext -> action.run());
  }

  /** The commit time in {@link System#nanoTime()}, or null while the ticket's decision is not committed. */
  static Long decidedAt(String businessKey) {
    return DECIDED_AT.get(businessKey);
  }

  static Route routeOf(String businessKey) {
    return ROUTES.getOrDefault(businessKey, Route.RECORD);
  }

  /** Forgets the decisions (not the routes) before a run that reuses ticket ids on a fresh database. */
  static void forgetDecisions() {
    DECIDED_AT.clear();
  }
}
