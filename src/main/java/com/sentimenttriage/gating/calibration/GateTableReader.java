package com.sentimenttriage.gating.calibration;

import com.sentimenttriage.gating.EscalationGate;
import com.sentimenttriage.triage.TicketTriageProcess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.Text;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Reads the {@link GateRecipe} from an escalation-gate table, so calibration starts from the numbers process admins
 * run today rather than from a copy of them. Two ALERT rules of the decision {@code escalation-gate} are read, each
 * recognised by what it tests (an admin may re-create a rule in the Modeler, which gives it a new id):
 *
 * <ul>
 *   <li>"very frustrated, whatever the MRR": {@code frustration >= V} and no other test (Rule_VeryFrustrated in the
 *       shipped table, V = 80);
 *   <li>"frustrated paying account": {@code frustration >= T} and {@code mrr >= F}, no other test
 *       (Rule_FrustratedPayingAccount, T = 65 and F = 1000).
 * </ul>
 *
 * The recipe is T, F and the offset V - T. The table's other rules (open alert, critical topic, churn threat,
 * renewal, repeated frustration, digests) are not part of what calibration models, so they are not read.
 */
final class GateTableReader {

  private static final String ALERT = "\"ALERT\"";
  private static final Pattern AT_LEAST = Pattern.compile(">=\\s*(\\d+(?:\\.\\d+)?)");
  private static final String VERY_FRUSTRATED =
      "one ALERT rule testing only frustration >= V (very frustrated, whatever the MRR)";
  private static final String FRUSTRATED_PAYING =
      "one ALERT rule testing only frustration >= T and mrr >= F (frustrated paying account)";

  private GateTableReader() {
  }

  /** The table the jar ships and deploys. */
  static GateRecipe shipped() throws IOException {
    try (InputStream table = GateTableReader.class.getClassLoader()
        .getResourceAsStream(TicketTriageProcess.GATE_RESOURCE)) {
      if (table == null) {
        throw new IOException(TicketTriageProcess.GATE_RESOURCE + " is not on the class path");
      }
      return read(table);
    }
  }

  static GateRecipe read(Path file) throws IOException {
    try (InputStream table = Files.newInputStream(file)) {
      return read(table);
    }
  }

  /** @throws IllegalArgumentException naming what was expected, if the table no longer has the recipe's shape */
  static GateRecipe read(InputStream dmn) {
    DecisionTable table = decisionTable(dmn);
    List<String> inputs = table.getInputs().stream().map(GateTableReader::expression).toList();
    int frustration = column(inputs, EscalationGate.FRUSTRATION);
    int mrr = column(inputs, EscalationGate.MRR);
    int action = column(table.getOutputs().stream().map(Output::getName).toList(), EscalationGate.ACTION);

    Map<Set<Integer>, List<Rule>> alertRulesByTestedColumns = new HashMap<>();
    for (Rule rule : table.getRules()) {
      if (ALERT.equals(text(List.copyOf(rule.getOutputEntries()).get(action).getText()))) {
        alertRulesByTestedColumns.computeIfAbsent(testedColumns(rule), columns -> new ArrayList<>()).add(rule);
      }
    }
    Rule veryFrustrated = single(alertRulesByTestedColumns.get(Set.of(frustration)), VERY_FRUSTRATED);
    Rule paying = single(alertRulesByTestedColumns.get(Set.of(frustration, mrr)), FRUSTRATED_PAYING);

    // Frustration is a whole number, so ">= 64.5" alerts from 65 on.
    int veryFrustratedThreshold = (int) Math.ceil(atLeast(veryFrustrated, frustration, "frustration >= V"));
    int threshold = (int) Math.ceil(atLeast(paying, frustration, "frustration >= T"));
    double floor = atLeast(paying, mrr, "mrr >= F");
    if (veryFrustratedThreshold <= threshold) {
      throw new IllegalArgumentException("expected the very-frustrated threshold V (" + veryFrustratedThreshold
          + ", rule " + veryFrustrated.getId() + ") above the paying-account threshold T (" + threshold + ", rule "
          + paying.getId() + ")");
    }
    return new GateRecipe(threshold, floor, veryFrustratedThreshold - threshold);
  }

  private static DecisionTable decisionTable(InputStream dmn) {
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromStream(dmn);
    } catch (ModelException e) {
      throw new IllegalArgumentException("not a DMN table: " + e.getMessage(), e);
    }
    ModelElementInstance decision = model.getModelElementById(TicketTriageProcess.GATE_DECISION_KEY);
    if (decision instanceof Decision gate && gate.getExpression() instanceof DecisionTable table) {
      return table;
    }
    throw new IllegalArgumentException("expected a decision table with the id "
        + TicketTriageProcess.GATE_DECISION_KEY);
  }

  private static String expression(Input input) {
    return input.getInputExpression() == null ? "" : text(input.getInputExpression().getText());
  }

  private static int column(List<String> names, String name) {
    int index = names.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("expected a column " + name + " in the decision table");
    }
    return index;
  }

  /** The input columns the rule tests; an empty cell or "-" matches anything. */
  private static Set<Integer> testedColumns(Rule rule) {
    List<String> entries = inputEntries(rule);
    return IntStream.range(0, entries.size())
        .filter(i -> !entries.get(i).isEmpty() && !entries.get(i).equals("-"))
        .boxed()
        .collect(Collectors.toSet());
  }

  private static Rule single(List<Rule> candidates, String expected) {
    if (candidates == null || candidates.size() != 1) {
      throw new IllegalArgumentException("expected " + expected + ", found "
          + (candidates == null ? "none" : candidates.size() + ": "
              + candidates.stream().map(Rule::getId).collect(Collectors.joining(", "))));
    }
    return candidates.get(0);
  }

  private static double atLeast(Rule rule, int column, String expected) {
    String test = inputEntries(rule).get(column);
    Matcher matcher = AT_LEAST.matcher(test);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("expected " + expected + " in rule " + rule.getId() + ", found '" + test
          + "'");
    }
    return Double.parseDouble(matcher.group(1));
  }

  private static List<String> inputEntries(Rule rule) {
    return rule.getInputEntries().stream().map(entry -> text(entry.getText())).toList();
  }

  private static String text(Text text) {
    return text == null || text.getTextContent() == null ? "" : text.getTextContent().trim();
  }
}
