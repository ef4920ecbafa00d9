package com.sentimenttriage.engine;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.spi.transform.DmnTransformListener;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * The routing lookups (processes/queue-routing.dmn, processes/escalation-route.dmn), evaluated on the engine's own
 * DMN engine but without its decision service: that looked the latest version up in the database, ran a nested
 * engine command and built a history event the history then dropped (TriageHistory keeps the gate's decisions
 * only), for every ticket, twice; together more than the table itself (docs/performance.md).
 *
 * <p>Each table is parsed once per deployed version. Whether a newer version was deployed is checked when this
 * node deployed any decision since the last check (the engine parses it then) and otherwise every
 * {@code refresh}: a redeployment through another node of the cluster takes effect within that time. A refresh
 * of zero checks on every evaluation.
 */
public final class RoutingTables {

  private final Duration refresh;
  /** Decisions the engine on this node parsed: a deployment, or a definition loaded into its cache. */
  private final AtomicLong decisionsParsed = new AtomicLong();
  private final Map<String, Table> tables = new ConcurrentHashMap<>();

  private record Table(String definitionId, DmnDecision decision, long checkedAt, long decisionsParsed) {
  }

  public RoutingTables(Duration refresh) {
    this.refresh = refresh;
  }

  /** The latest deployed version of the table {@code key}, evaluated for {@code inputs}. */
  public DmnDecisionResult evaluate(ProcessEngine engine, String key, Map<String, Object> inputs) {
    Table table = tables.get(key);
    if (table == null || stale(table)) {
      table = tables.compute(key, (k, known) -> latest(engine, k, known));
    }
    DmnDecision decision = table.decision();
    return inCommand(engine, () -> dmnEngine(engine).evaluateDecision(decision, inputs));
  }

  /** Counts the decisions the engine parses, so that a deployment on this node takes effect at once. */
  public ProcessEnginePlugin plugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl engine) {
        DmnConfigurations.of(engine).getTransformer().getTransformListeners().add(new ParsedDecisionCounter());
      }
    };
  }

  private boolean stale(Table table) {
    return table.decisionsParsed() != decisionsParsed.get()
        || System.nanoTime() - table.checkedAt() >= refresh.toNanos();
  }

  private Table latest(ProcessEngine engine, String key, Table known) {
    long parsedBefore = decisionsParsed.get();
    DecisionDefinition definition = engine.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey(key).latestVersion().singleResult();
    if (definition == null) {
      throw new IllegalStateException("The decision '" + key + "' is not deployed");
    }
    DmnDecision decision = known != null && known.definitionId().equals(definition.getId())
        ? known.decision()
        : parse(engine, key, engine.getRepositoryService().getDmnModelInstance(definition.getId()));
    // Counted before the query: a parse after it (this one included) makes the next evaluation check again.
    return new Table(definition.getId(), decision, System.nanoTime(), parsedBefore);
  }

  private static DmnDecision parse(ProcessEngine engine, String key, DmnModelInstance model) {
    return inCommand(engine, () -> dmnEngine(engine).parseDecision(key, model));
  }

  /**
   * The engine's DMN transformer and its evaluation listeners read the engine's configuration from the command
   * context: a delegate runs in one already; anywhere else a command is opened for the call.
   */
  private static <T> T inCommand(ProcessEngine engine, Supplier<T> call) {
    return Context.getCommandContext() != null ? call.get()
        : configuration(engine).getCommandExecutorTxRequired().execute(context -> call.get());
  }

  private static DmnEngine dmnEngine(ProcessEngine engine) {
    return configuration(engine).getDmnEngine();
  }

  private static ProcessEngineConfigurationImpl configuration(ProcessEngine engine) {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  private final class ParsedDecisionCounter implements DmnTransformListener {

    @Override
    public void transformDecision(Decision element, DmnDecision decision) {
      decisionsParsed.incrementAndGet();
    }

    @Override
    public void transformDecisionTableInput(Input element, DmnDecisionTableInputImpl input) {
    }

    @Override
    public void transformDecisionTableOutput(Output element, DmnDecisionTableOutputImpl output) {
    }

    @Override
    public void transformDecisionTableRule(Rule element, DmnDecisionTableRuleImpl rule) {
    }

    @Override
    public void transformDecisionRequirementsGraph(Definitions element, DmnDecisionRequirementsGraph graph) {
    }
  }
}
