package com.sentimenttriage.support;

import java.io.File;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;

/**
 * The variables the triage model's input parameters name ({@code ${subject}}), read from processes/. A test that
 * starts an instance part-way (before "Alert CS owner", say) has not run the steps that set them, so it sets them
 * itself; a name the model reads through {@code execution.getVariable} is optional and not listed.
 */
public final class TriageModelInputs {

  private static final Pattern NAMED = Pattern.compile("^\\$\\{(\\w+)}$");

  private TriageModelInputs() {
  }

  public static Set<String> namedVariables() {
    return Parsed.NAMED_VARIABLES;
  }

  /** The model is read once, when a test first asks: every alert a test starts part-way asks again. */
  private static final class Parsed {
    static final SortedSet<String> NAMED_VARIABLES = Collections.unmodifiableSortedSet(read());
  }

  private static SortedSet<String> read() {
    BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/ticket-triage.bpmn"));
    SortedSet<String> names = new TreeSet<>();
    for (CamundaInputParameter input : model.getModelElementsByType(CamundaInputParameter.class)) {
      Matcher named = NAMED.matcher(input.getTextContent().strip());
      if (named.matches() && !named.group(1).equals("true") && !named.group(1).equals("false")) {
        names.add(named.group(1));
      }
    }
    return names;
  }
}
