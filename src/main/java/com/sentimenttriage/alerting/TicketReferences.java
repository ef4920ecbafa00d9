package com.sentimenttriage.alerting;

import static com.sentimenttriage.triage.TriageVariables.HELPDESK_URL;
import static com.sentimenttriage.triage.TriageVariables.SUBJECT;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * A ticket's subject (masked) and the helpdesk URL its payload carried, read from its triage instance's variables
 * (the history keeps both, TriageHistory): what a line about a ticket in a digest or an alert needs beside the
 * {@code scored_ticket} row, without copying them into that table.
 */
@Component
public class TicketReferences {

  /** Engine queries take an IN list; chunks keep it well below every database's limit. */
  private static final int CHUNK = 500;

  /** @param helpdeskUrl the URL the payload carried; null when it carried none */
  public record Reference(String subject, String helpdeskUrl) {
  }

  private final HistoryService history;

  public TicketReferences(HistoryService history) {
    this.history = history;
  }

  /** By process instance id; an instance whose variables are gone is missing from the map. */
  public Map<String, Reference> of(Collection<String> processInstanceIds) {
    List<String> ids = processInstanceIds.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
    Map<String, Map<String, Object>> values = new HashMap<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      String[] chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray(String[]::new);
      for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(chunk).variableNameIn(SUBJECT.name(), HELPDESK_URL.name())
          .disableBinaryFetching().disableCustomObjectDeserialization().list()) {
        values.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
            .put(variable.getName(), variable.getValue());
      }
    }
    Map<String, Reference> references = new HashMap<>();
    values.forEach((id, v) -> references.put(id, new Reference(SUBJECT.find(v).orElse(null),
        HELPDESK_URL.find(v).orElse(null))));
    return references;
  }
}
