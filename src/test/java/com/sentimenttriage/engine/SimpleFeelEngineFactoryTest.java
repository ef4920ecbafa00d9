package com.sentimenttriage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The FEEL engine that answers the plain cells in Java must decide exactly as Camunda's own: every
 * shipped decision table is evaluated through both for thousands of inputs (the values the rules test, the values
 * either side of each threshold, nulls), and the results, or the failures, must be the same.
 */
class SimpleFeelEngineFactoryTest {

  private static final DmnEngine CAMUNDA = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final DmnEngine CACHED = cachedEngine();
  private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  static Stream<Path> decisionTables() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      List<Path> tables = files.filter(file -> file.toString().endsWith(".dmn")).sorted().toList();
      assertThat(tables).hasSizeGreaterThanOrEqualTo(3);
      return tables.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("decisionTables")
  void decidesExactlyAsCamundasFeelEngine(Path table) throws IOException {
    DmnModelInstance model = Dmn.readModelFromFile(table.toFile());
    Map<String, List<Object>> candidates = candidateValues(model);
    Random random = new Random(table.getFileName().toString().hashCode());
    int compared = 0;
    for (DmnDecision decision : parse(CAMUNDA, table)) {
      DmnDecision cachedDecision = parse(CACHED, table).stream()
          .filter(other -> other.getKey().equals(decision.getKey())).findFirst().orElseThrow();
      for (int i = 0; i < 3_000; i++) {
        Map<String, Object> variables = new LinkedHashMap<>();
        candidates.forEach((name, values) -> variables.put(name, values.get(random.nextInt(values.size()))));
        assertThat(outcome(CACHED, cachedDecision, variables))
            .as("%s with %s", decision.getKey(), variables)
            .isEqualTo(outcome(CAMUNDA, decision, variables));
        compared++;
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(3_000);
  }

  @Test
  void aFailingExpressionFailsWithTheSameMessageEachTime() throws IOException {
    Path table = Files.createTempFile("broken", ".dmn");
    Files.writeString(table, """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="brokenDefinitions" name="broken" namespace="x">
          <decision id="broken" name="broken">
            <decisionTable id="table">
              <input id="in"><inputExpression id="expr" typeRef="integer"><text>frustration</text></inputExpression></input>
              <output id="out" name="result" typeRef="string"/>
              <rule id="rule"><inputEntry id="entry"><text>&gt;= </text></inputEntry>
                <outputEntry id="result"><text>"x"</text></outputEntry></rule>
              <rule id="rule2"><inputEntry id="entry2"><text>&gt;= 1</text></inputEntry>
                <outputEntry id="result2"><text>unknownFunction(frustration)</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """);
    try {
      DmnDecision camunda = parse(CAMUNDA, table).get(0);
      DmnDecision cached = parse(CACHED, table).get(0);
      for (int twice = 0; twice < 2; twice++) {
        String failure = outcome(CAMUNDA, camunda, Map.of("frustration", 5));
        assertThat(failure).startsWith("failed: ");
        assertThat(outcome(CACHED, cached, Map.of("frustration", 5))).isEqualTo(failure);
      }
    } finally {
      Files.delete(table);
    }
  }

  private static DmnEngine cachedEngine() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.setFeelEngineFactory(new SimpleFeelEngineFactory(configuration::getFeelCustomFunctionProviders));
    return configuration.buildEngine();
  }

  private static List<DmnDecision> parse(DmnEngine engine, Path table) throws IOException {
    try (InputStream in = Files.newInputStream(table)) {
      return engine.parseDecisions(in);
    }
  }

  /** The result list, or the failure's message: either must be the same from both engines. */
  private static String outcome(DmnEngine engine, DmnDecision decision, Map<String, Object> variables) {
    try {
      return engine.evaluateDecision(decision, new LinkedHashMap<>(variables)).getResultList().toString();
    } catch (RuntimeException e) {
      return "failed: " + e.getMessage();
    }
  }

  /**
   * Per input variable: null, the literals the rules compare with and, for numbers, the values either side of
   * each threshold; strings also as lists of two ("Billing, Churn threat") for the {@code contains} rules.
   */
  private static Map<String, List<Object>> candidateValues(DmnModelInstance model) {
    Set<String> strings = new LinkedHashSet<>(List.of("", "other"));
    Set<Double> numbers = new LinkedHashSet<>(List.of(0.0, 1.0, -1.0));
    for (Text text : model.getModelElementsByType(Text.class)) {
      String cell = text.getTextContent();
      Matcher literal = STRING_LITERAL.matcher(cell);
      while (literal.find()) {
        strings.add(literal.group(1));
        strings.add(literal.group(1).toLowerCase());
      }
      Matcher number = NUMBER.matcher(STRING_LITERAL.matcher(cell).replaceAll(""));
      while (number.find()) {
        double value = Double.parseDouble(number.group());
        numbers.addAll(List.of(value, value - 1, value + 1, value - 0.01, value + 0.01));
      }
    }
    List<String> stringList = new ArrayList<>(strings);
    for (int i = 0; i + 1 < stringList.size(); i += 2) {
      strings.add(stringList.get(i) + ", " + stringList.get(i + 1));
    }
    Map<String, List<Object>> candidates = new LinkedHashMap<>();
    for (Input input : model.getModelElementsByType(Input.class)) {
      String name = input.getInputExpression().getText().getTextContent().trim();
      String type = input.getInputExpression().getTypeRef();
      List<Object> values = new ArrayList<>();
      values.add(null);
      values.addAll(switch (type == null ? "string" : type) {
        case "integer" -> numbers.stream().map(number -> (Object) (int) Math.round(number)).distinct().toList();
        case "long" -> numbers.stream().map(number -> (Object) Math.round(number)).distinct().toList();
        case "double" -> new ArrayList<Object>(numbers);
        case "boolean" -> List.<Object>of(true, false);
        default -> new ArrayList<Object>(strings);
      });
      candidates.put(name, values);
    }
    assertThat(candidates).isNotEmpty();
    return candidates;
  }
}
