package com.sentimenttriage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The Java path for plain FEEL cells must answer exactly as feel-scala does, for every input it answers at all:
 * each form is evaluated through both engines for inputs of every type a process variable can have (and the
 * mismatched ones), and the results, or the failures' messages, must be the same.
 */
class SimpleFeelTest {

  private static final FeelEngine FEEL_SCALA = new ScalaFeelEngine(List.of());
  private static final FeelEngine WITH_SIMPLE_PATH = new SimpleFeelEngineFactory(List::of).createInstance();

  private static final List<Object> INPUTS = Arrays.asList(null, 0, 1, 40, 59, 60, 61, 64, 65, 66, 999, 1000, 1001,
      -1, 65L, 1000L, 64.999, 65.0, 65.5, -0.5, -0.50001, -0.49999, 0.1, 0.0, -0.0, 1e-9, 0.5f, 65.0f,
      Double.NaN, Double.POSITIVE_INFINITY, new BigDecimal("65"), "65", "High", "Critical", "Negative", "Urgent",
      "negative", "", "ALERT", "red", true, false, "Billing, Churn threat", "Security or legal", "SECURITY issue",
      "legal", "Data integrity", "Hi");

  @ParameterizedTest
  @ValueSource(strings = {">= 65", ">=65", "> 0", "< 40", "<= -0.5", ">= 1000", "[0..60]", "]0..60[", "(0..60)",
      "[0..60[", "65", "-0.5", "true", "false", "\"Critical\"", "\"Negative\",\"Urgent\"", "\"Negative\", \"Urgent\"",
      "not(\"ALERT\")", "not(>= 65)", "< 40, > 60", "\"a,b\",\"Critical\"", "\"PROBATION\",\"AUTOMATED\"",
      "contains(?, \"Billing\")", "contains(lower case(?), \"billing\")",
      "contains(?, \"Security or legal\") or contains(?, \"Data integrity\")",
      "contains(lower case(?), \"security\") or contains(lower case(?), \"legal\")", "not(contains(?, \"Hi\"))"})
  void answersEachFormAsFeelScalaDoes(String cell) {
    assertThat(SimpleFeel.unaryTests(cell)).as("%s has a Java form", cell).isNotNull();
    for (Object input : INPUTS) {
      VariableContext variables = Variables.createVariables().putValue("cellInput", input).asVariableContext();
      assertThat(unaryTests(WITH_SIMPLE_PATH, cell, variables))
          .as("%s on %s (%s)", cell, input, input == null ? "null" : input.getClass().getSimpleName())
          .isEqualTo(unaryTests(FEEL_SCALA, cell, variables));
    }
  }

  @Test
  void readsVariablesAndLiteralsAsFeelScalaDoes() {
    for (Object input : INPUTS) {
      VariableContext variables = Variables.createVariables().putValue("frustration", input).asVariableContext();
      for (String expression : List.of("frustration", " frustration ", "\"Book a call within 24 hours\"", "\"\"",
          "missing", "1", " 4 ", "0", "-3", "2.5", "-0.5", "0.1", "1000000000000", "123456789012345")) {
        assertThat(expression(WITH_SIMPLE_PATH, expression, variables))
            .as("%s with frustration = %s", expression, input)
            .isEqualTo(expression(FEEL_SCALA, expression, variables));
      }
    }
  }

  /** An account-less ticket has null account inputs: they must not each cost a trip through feel-scala. */
  @Test
  void answersNullInputsInJavaOutsideNot() {
    for (String cell : List.of(">= 65", "[0..60]", "\"Critical\"", "true", "65", "contains(lower case(?), \"legal\")",
        "< 40, > 60")) {
      assertThat(SimpleFeel.unaryTests(cell).test(null)).as(cell).isFalse();
    }
    assertThat(SimpleFeel.unaryTests("not(\"ALERT\")").test(null)).as("not(...) is left to FEEL").isNull();
    assertThat(SimpleFeel.expression("mrr").evaluate(name -> null)).isNull();
  }

  @Test
  void leavesEveryOtherFormToFeel() {
    for (String cell : List.of("contains(?, x)", "\"esc\\\"aped\"", "date(\"2026-01-01\")", "? > 5",
        "contains(?, \"x\") and contains(?, \"y\")", "contains(?, \"x\") or", "starts with(?, \"x\")", "\"open", "-",
        "", ">= x", "[1..x]")) {
      assertThat(SimpleFeel.unaryTests(cell)).as(cell).isNull();
    }
    for (String expression : List.of("frustration + 1", "true", "null", "lower case(x)", "\"esc\\\"aped\"", "a.b")) {
      assertThat(SimpleFeel.expression(expression)).as(expression).isNull();
    }
  }

  /**
   * The gain depends on it: every cell of the three tables run for every ticket, and of the playbooks run for every
   * follow-through, is one the Java path knows (blank output cells are not evaluated).
   */
  @ParameterizedTest
  @ValueSource(strings = {"processes/escalation-gate.dmn", "processes/escalation-route.dmn",
      "processes/queue-routing.dmn", "processes/playbooks.dmn"})
  void everyCellOfTheTablesRunPerTicketHasAJavaForm(String table) throws IOException {
    String xml = Files.readString(Path.of(table));
    List<String> inputs = cells(xml, "inputEntry");
    List<String> outputs = new ArrayList<>(cells(xml, "outputEntry"));
    outputs.addAll(cells(xml, "inputExpression"));
    assertThat(inputs).isNotEmpty();
    inputs.stream().filter(cell -> !cell.isBlank())
        .forEach(cell -> assertThat(SimpleFeel.unaryTests(cell)).as("input entry %s", cell).isNotNull());
    outputs.stream().filter(cell -> !cell.isBlank())
        .forEach(cell -> assertThat(SimpleFeel.expression(cell)).as("expression %s", cell).isNotNull());
  }

  private static List<String> cells(String xml, String element) {
    Matcher cell = Pattern.compile("<" + element + "[^>]*>\\s*<text>(.*?)</text>", Pattern.DOTALL).matcher(xml);
    List<String> texts = new ArrayList<>();
    while (cell.find()) {
      texts.add(cell.group(1).replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&").replace("&quot;", "\""));
    }
    return texts;
  }

  private static String unaryTests(FeelEngine engine, String cell, VariableContext variables) {
    try {
      return String.valueOf(engine.evaluateSimpleUnaryTests(cell, "cellInput", variables));
    } catch (RuntimeException e) {
      return "failed: " + e.getMessage();
    }
  }

  private static String expression(FeelEngine engine, String expression, VariableContext variables) {
    try {
      Object value = engine.evaluateSimpleExpression(expression, variables);
      return value == null ? "null" : value + " (" + value.getClass().getSimpleName() + ")";
    } catch (RuntimeException e) {
      return "failed: " + e.getMessage();
    }
  }
}
