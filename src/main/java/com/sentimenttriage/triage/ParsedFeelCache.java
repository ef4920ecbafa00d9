package com.sentimenttriage.triage;

import camundajar.impl.scala.collection.immutable.List;
import camundajar.impl.scala.jdk.javaapi.CollectionConverters;
import camundajar.impl.scala.util.Either;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.feel.FeelEngine.Configuration;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.api.EvaluationFailure;
import org.camunda.feel.api.EvaluationFailureType;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FailedEvaluationResult;
import org.camunda.feel.api.SuccessfulEvaluationResult;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.context.FunctionProvider.CompositeFunctionProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.impl.interpreter.FeelInterpreter;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.syntaxtree.ValFatalError;
import org.camunda.feel.valuemapper.ValueMapper.CompositeValueMapper;

/**
 * Camunda's FEEL engine for the decision tables, minus two costs it pays on every single cell it evaluates.
 *
 * <p>Why: three tables run for every ticket, several dozen FEEL evaluations. The FEEL engine Camunda 7.24 ships
 * (feel-scala 1.19) parses the cell's text each time, and builds its whole table of built-in functions (a few
 * hundred, into fresh immutable maps) for each evaluation. Under load that was a third of the job executor's CPU
 * (docs/performance.md). This engine:
 * <ul>
 *   <li>parses each distinct expression once: a parsed expression is an immutable syntax tree, and a failed parse
 *       fails the same way every time;</li>
 *   <li>builds the built-in functions once, as feel-scala itself did before 1.19: they are stateless. The evaluation
 *       context around them (variables, the collector of suppressed failures) is still new for each
 *       evaluation.</li>
 * </ul>
 * And the cells written in the few plain forms the shipped tables use (a comparison with a number, a list of
 * strings, a string literal, a variable's name) are evaluated in Java by {@link SimpleFeel}, for the inputs it
 * compares exactly as FEEL does; every other cell and input still goes to the FEEL engine.
 *
 * <p>Everything else is the engine's own code: the parser, the interpreter, the value mapping and the messages of
 * failures, reproduced from {@code FeelEngine.evaluate}. {@code ParsedFeelCacheTest} evaluates the shipped tables
 * through this engine and through Camunda's, and compares every result.
 *
 * <p>Bounded: the expressions are the cells of the deployed tables, a few hundred; should a flood of
 * redeployments ever fill the cache, it is emptied and refills with what is in use.
 */
public final class ParsedFeelCache implements FeelEngineFactory {

  static final int MAX_EXPRESSIONS = 10_000;

  /** Read when the engine is built: the process engine hands the custom functions to the DMN configuration late. */
  private final Supplier<java.util.List<FeelCustomFunctionProvider>> functionProviders;

  public ParsedFeelCache(Supplier<java.util.List<FeelCustomFunctionProvider>> functionProviders) {
    this.functionProviders = functionProviders;
  }

  /** Makes the process engine's decision tables use this FEEL engine. */
  public static ProcessEnginePlugin plugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl engine) {
        DefaultDmnEngineConfiguration dmn = DmnConfigurations.of(engine);
        dmn.setFeelEngineFactory(new ParsedFeelCache(dmn::getFeelCustomFunctionProviders));
      }
    };
  }

  @Override
  public FeelEngine createInstance() {
    java.util.List<FeelCustomFunctionProvider> functions = functionProviders.get();
    return new ScalaFeelEngine(functions == null ? java.util.List.of() : functions) {
      @Override
      protected org.camunda.feel.FeelEngine buildFeelEngine(CustomFunctionTransformer custom,
          CompositeValueMapper values) {
        return new ParsingOnce(custom, values);
      }

      @Override
      @SuppressWarnings("unchecked")
      public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
        SimpleFeel.Expression simple = remembered(simpleExpressions, expression,
            text -> Optional.ofNullable(SimpleFeel.expression(text))).orElse(null);
        Object value = simple == null ? SimpleFeel.NOT_SIMPLE : simple.evaluate(name -> valueOf(variables, name));
        return value != SimpleFeel.NOT_SIMPLE ? (T) value : super.evaluateSimpleExpression(expression, variables);
      }

      @Override
      public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
        SimpleFeel.UnaryTests simple = remembered(simpleUnaryTests, expression,
            text -> Optional.ofNullable(SimpleFeel.unaryTests(text))).orElse(null);
        Object input = simple == null ? SimpleFeel.NOT_SIMPLE : valueOf(variables, inputVariable);
        Boolean matched = input == SimpleFeel.NOT_SIMPLE ? null : simple.test(input);
        return matched != null ? matched : super.evaluateSimpleUnaryTests(expression, inputVariable, variables);
      }
    };
  }

  /** The simple forms of each expression, or the absence of one ({@link Optional#empty()}): decided once per text. */
  private final Map<String, Optional<SimpleFeel.Expression>> simpleExpressions = new ConcurrentHashMap<>();
  private final Map<String, Optional<SimpleFeel.UnaryTests>> simpleUnaryTests = new ConcurrentHashMap<>();

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

  /** The FEEL engine Camunda builds (external functions off), parsing once and sharing its built-in functions. */
  private static final class ParsingOnce extends org.camunda.feel.FeelEngine {

    private final Map<String, Either<Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();
    private final Map<String, Either<Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();
    private final FeelInterpreter interpreter;
    private final FunctionProvider functions;

    ParsingOnce(CustomFunctionTransformer custom, CompositeValueMapper values) {
      super(custom, values, new Configuration(false), org.camunda.feel.FeelEngine.defaultClock());
      this.interpreter = new FeelInterpreter(values);
      this.functions = new CompositeFunctionProvider(
          scalaList(java.util.List.of(new BuiltinFunctions(clock(), values), custom)));
    }

    @Override
    public Either<Failure, ParsedExpression> parseUnaryTests(String expression) {
      return remembered(unaryTests, expression, super::parseUnaryTests);
    }

    @Override
    public Either<Failure, ParsedExpression> parseExpression(String expression) {
      return remembered(expressions, expression, super::parseExpression);
    }

    /**
     * {@code FeelEngine.evaluate} with the built-in functions built once. The expression comes from the parse
     * methods above, which validated it.
     */
    @Override
    public EvaluationResult evaluate(ParsedExpression expression, Context variables) {
      try {
        EvalContext context = EvalContext.create(valueMapper(), functions).merge(variables);
        Val value = interpreter.eval(expression.expression(), context);
        List<EvaluationFailure> failures = context.failureCollector().failures();
        for (EvaluationFailure failure : CollectionConverters.asJava(failures)) {
          if (failure.failureType() == EvaluationFailureType.ASSERT_FAILURE$.MODULE$) {
            return failed("Assertion failure on evaluate the expression '" + expression.text() + "': "
                + failure.failureMessage(), failures);
          }
        }
        if (value instanceof ValError error) {
          return failed("failed to evaluate expression '" + expression.text() + "': " + error.error(), failures);
        }
        if (value instanceof ValFatalError error) {
          return failed("failed to evaluate expression '" + expression.text() + "': " + error.error(), failures);
        }
        return new SuccessfulEvaluationResult(valueMapper().unpackVal(value), failures);
      } catch (RuntimeException e) {
        return failed("failed to evaluate expression '" + expression.text() + "' : " + e,
            scalaList(java.util.List.of()));
      }
    }

    private static <T> List<T> scalaList(java.util.List<T> list) {
      return CollectionConverters.asScala(list).toList();
    }

    private static EvaluationResult failed(String message, List<EvaluationFailure> failures) {
      return new FailedEvaluationResult(new Failure(message), failures);
    }
  }
}
