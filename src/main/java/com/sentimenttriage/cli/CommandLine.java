package com.sentimenttriage.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One parsed command line (see {@link CommandLineParser}); values are converted when asked for. */
public final class CommandLine {

  private final Map<String, String> values;
  private final List<String> positionals;
  private final List<String> passedOn;

  CommandLine(Map<String, String> values, List<String> positionals, List<String> passedOn) {
    this.values = Map.copyOf(values);
    this.positionals = List.copyOf(positionals);
    this.passedOn = List.copyOf(passedOn);
  }

  /** The option's value; always present for a required option. */
  public Optional<String> value(String option) {
    return Optional.ofNullable(values.get(option));
  }

  /** @throws UsageException if the value is not a whole number */
  public Optional<Integer> integer(String option) {
    return value(option).map(value -> {
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new UsageException(option + " needs a whole number, not '" + value + "'");
      }
    });
  }

  /** @throws UsageException if the value is not a finite number */
  public Optional<Double> number(String option) {
    return value(option).map(value -> {
      double number;
      try {
        number = Double.parseDouble(value);
      } catch (NumberFormatException e) {
        number = Double.NaN;
      }
      // Double.parseDouble takes "NaN" and "Infinity", which no option here means
      if (!Double.isFinite(number)) {
        throw new UsageException(option + " needs a number, not '" + value + "'");
      }
      return number;
    });
  }

  /** The positional arguments, in the order the parser declares them. */
  public List<String> positionals() {
    return positionals;
  }

  /** The unknown options, as given, when the parser passes them on. */
  public List<String> passedOn() {
    return passedOn;
  }
}
