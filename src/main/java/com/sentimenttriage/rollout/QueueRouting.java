package com.sentimenttriage.rollout;

import com.sentimenttriage.triage.EngineIdentity;
import com.sentimenttriage.triage.TicketTriageProcess;
import com.sentimenttriage.triage.TriageVariables;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Output;

/**
 * The queues of processes/queue-routing.dmn. The table's listed output values are the one list of queues, so adding
 * a queue is a change to the table only.
 */
public final class QueueRouting {

  public static final String QUEUE_OUTPUT = "queue";
  public static final String DEFAULT_QUEUE = TriageVariables.DEFAULT_ROLLOUT_QUEUE;

  private QueueRouting() {
  }

  /**
   * The queues of the latest deployed routing table, in the table's order. Read on the engine's behalf: the list
   * of queues is no secret, while reading decision definitions is an authorization supervisors do not have.
   */
  public static List<String> queues(ProcessEngineServices engine) {
    return EngineIdentity.asEngine(engine.getIdentityService(), () -> queues(engine.getRepositoryService()));
  }

  private static List<String> queues(RepositoryService repository) {
    DecisionDefinition definition = repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(TicketTriageProcess.QUEUE_ROUTING_DECISION_KEY).latestVersion().singleResult();
    if (definition == null) {
      throw new IllegalStateException("The queue-routing decision is not deployed");
    }
    return queues(repository.getDmnModelInstance(definition.getId()));
  }

  public static List<String> queues(DmnModelInstance model) {
    Output output = model.getModelElementsByType(Output.class).stream()
        .filter(o -> QUEUE_OUTPUT.equals(o.getName())).findFirst()
        .orElseThrow(() -> new IllegalStateException("queue-routing has no output named " + QUEUE_OUTPUT));
    return Arrays.stream(output.getOutputValues().getText().getTextContent().split(","))
        .map(String::strip)
        .map(value -> value.replace("\"", ""))
        .filter(value -> !value.isEmpty())
        .toList();
  }
}
