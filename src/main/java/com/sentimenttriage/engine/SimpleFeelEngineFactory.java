package com.sentimenttriage.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The decision tables' FEEL engine: Camunda's own, with the cells written in the few plain forms the shipped tables
 * use (a comparison with a number, a list of strings, a string literal, a variable's name) evaluated in Java by
 * {@link SimpleFeel}, for the inputs it compares exactly as FEEL does. Every other cell and input goes to the FEEL
 * engine Camunda would have built.
 *
 * <p>Why: three tables run for every ticket, several dozen FEEL evaluations. The FEEL engine Camunda 7.24 ships
 * (feel-scala 1.19) parses the cell's text each time and builds its whole table of built-in functions for each
 * evaluation; under load that was a third of the job executor's CPU (docs/performance.md).
 *
 * <p>Only the DMN engine configuration's public extension point is used: a {@link FeelEngineFactory} wrapped around
 * Camunda's {@link ScalaFeelEngineFactory}. An earlier version also parsed each remaining cell once and shared the
 * built-in functions, by subclassing feel-scala's engine with its shaded Scala classes; for the shipped tables,
 * which {@code SimpleFeel} answers almost entirely, that made no measurable difference and was dropped
 * (docs/performance.md, "Engine tuning behind public extension points"). {@code SimpleFeelEngineFactoryTest}
 * evaluates the shipped tables through this engine and through Camunda's, and compares every result.
 *
 * <p>Bounded: the expressions are the cells of the deployed tables, a few hundred; should a flood of
 * redeployments ever fill the cache, it is emptied and refills with what is in use.
 */
public final class SimpleFeelEngineFactory implements FeelEngineFactory {

  static final int MAX_EXPRESSIONS = 10_000;

  /** Read when the engine is built: the process engine hands the custom functions to the DMN configuration late. */
  private final Supplier<List<FeelCustomFunctionProvider>> functionProviders;

  /** The simple forms of each expression, or the absence of one ({@link Optional#empty()}): decided once per text. */
  private final Map<String, Optional<SimpleFeel.Expression>> simpleExpressions = new ConcurrentHashMap<>();
  private final Map<String, Optional<SimpleFeel.UnaryTests>> simpleUnaryTests = new ConcurrentHashMap<>();

  public SimpleFeelEngineFactory(Supplier<List<FeelCustomFunctionProvider>> functionProviders) {
    this.functionProviders = functionProviders;
  }

  /** Makes the process engine's decision tables use this FEEL engine. */
  static ProcessEnginePlugin plugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl engine) {
        DefaultDmnEngineConfiguration dmn = DmnConfigurations.of(engine);
        dmn.setFeelEngineFactory(new SimpleFeelEngineFactory(dmn::getFeelCustomFunctionProviders));
      }
    };
  }

  @Override
  public FeelEngine createInstance() {
    List<FeelCustomFunctionProvider> functions = functionProviders.get();
    FeelEngine camunda = new ScalaFeelEngineFactory(functions == null ? List.of() : functions).createInstance();
    return new FeelEngine() {
      @Override
      @SuppressWarnings("unchecked")
      public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
        SimpleFeel.Expression simple = remembered(simpleExpressions, expression,
            text -> Optional.ofNullable(SimpleFeel.expression(text))).orElse(null);
        Object value = simple == null ? SimpleFeel.NOT_SIMPLE : simple.evaluate(name -> valueOf(variables, name));
        return value != SimpleFeel.NOT_SIMPLE ? (T) value : camunda.evaluateSimpleExpression(expression, variables);
      }

      @Override
      public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
        SimpleFeel.UnaryTests simple = remembered(simpleUnaryTests, expression,
            text -> Optional.ofNullable(SimpleFeel.unaryTests(text))).orElse(null);
        Object input = simple == null ? SimpleFeel.NOT_SIMPLE : valueOf(variables, inputVariable);
        Boolean matched = input == SimpleFeel.NOT_SIMPLE ? null : simple.test(input);
        return matched != null ? matched : camunda.evaluateSimpleUnaryTests(expression, inputVariable, variables);
      }
    };
  }

  /** What {@code compile} made of {@code expression}, computed once per text (see "Bounded" above). */
  private static <V> V remembered(Map<String, V> cache, String expression, Function<String, V> compile) {
    V compiled = cache.get(expression);
    if (compiled == null) {
      compiled = compile.apply(expression);
      if (cache.size() >= MAX_EXPRESSIONS) {
        cache.clear();
      }
      cache.put(expression, compiled);
    }
    return compiled;
  }

  private static Object valueOf(VariableContext variables, String name) {
    if (!variables.containsVariable(name)) {
      return SimpleFeel.NOT_SIMPLE;
    }
    TypedValue value = variables.resolve(name);
    return value == null ? null : value.getValue();
  }
}
