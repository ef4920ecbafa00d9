package com.sentimenttriage.triage;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable declared once with its name and Java type, and read or written only through this
 * declaration. Keeps `(String) execution.getVariable("x")` out of the code base.
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Class<T> type;

  private ProcessVariable(String name, Class<T> type) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
  }

  public static <T> ProcessVariable<T> of(String name, Class<T> type) {
    return new ProcessVariable<>(name, type);
  }

  public String name() {
    return name;
  }

  public Class<T> type() {
    return type;
  }

  /** The value, failing loudly when the process reached this point without it: that is a modelling error. */
  public T get(VariableScope scope) {
    return find(scope).orElseThrow(
        () -> new IllegalStateException("Process variable '" + name + "' is not set"));
  }

  public Optional<T> find(VariableScope scope) {
    return Optional.ofNullable(convert(scope.getVariable(name)));
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  /**
   * Sets the variable on this scope only, e.g. one instance of a multi-instance activity, so that parallel
   * instances neither see nor overwrite each other's value.
   */
  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, value);
  }

  /** The value from a map such as a step's input parameters ({@code getVariablesLocal()}), failing when absent. */
  public T get(Map<String, ?> variables) {
    return find(variables).orElseThrow(() -> new IllegalStateException("Variable '" + name + "' is not set"));
  }

  public Optional<T> find(Map<String, ?> variables) {
    return Optional.ofNullable(convert(variables.get(name)));
  }

  public void putInto(Map<String, Object> variables, T value) {
    variables.put(name, value);
  }

  /** Numbers may come back widened (forms submit Long or Double); everything else must match exactly. */
  private T convert(Object value) {
    if (value == null || type.isInstance(value)) {
      return type.cast(value);
    }
    if (value instanceof Number number) {
      if (type == Integer.class) {
        return type.cast(number.intValue());
      }
      if (type == Long.class) {
        return type.cast(number.longValue());
      }
      if (type == Double.class) {
        return type.cast(number.doubleValue());
      }
    }
    throw new IllegalStateException("Process variable '" + name + "' holds a "
        + value.getClass().getSimpleName() + ", expected " + type.getSimpleName());
  }

  @Override
  public String toString() {
    return name;
  }
}
