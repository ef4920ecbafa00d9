package com.sentimenttriage.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one sub-command accepts, and the parsing of its arguments against that:
 *
 * <ul>
 *   <li>options with a value, as {@code --name value} or {@code --name=value} (given twice, the last wins);
 *   <li>positional arguments, each required, in the declared order;
 *   <li>anything else starting with {@code --} is an unknown option, unless the command passes such options on
 *       (backfill hands them to Spring as properties, e.g. {@code --spring.datasource.url=...}).
 * </ul>
 *
 * Declare once, in a constant, and {@link #parse} per run; every mistake is a {@link UsageException} naming it.
 * {@code --help} (or {@code -h}) anywhere on the line asks for the command's {@link #help} instead of a run.
 */
public final class CommandLineParser {

  /** The exit code of a wrong command line, the same for every sub-command. */
  public static final int USAGE_EXIT_CODE = 2;

  private static final Set<String> HELP = Set.of("--help", "-h");

  private final String command;
  private final String usage;
  private final Set<String> options = new HashSet<>();
  private final Set<String> requiredOptions = new LinkedHashSet<>();
  private final List<String> positionals = new ArrayList<>();
  private boolean passUnknownOptions;
  private String description = "";

  /**
   * @param command the sub-command's name, which prefixes each problem reported
   * @param usage the usage line printed after the problem
   */
  public CommandLineParser(String command, String usage) {
    this.command = command;
    this.usage = usage;
  }

  /**
   * What {@code --help} prints below the usage line: what the command does, its options, its exit codes.
   * Plain text, lines already wrapped.
   */
  public CommandLineParser description(String text) {
    description = text.strip();
    return this;
  }

  /** An option that takes a value and may be left out. */
  public CommandLineParser option(String name) {
    options.add(name);
    return this;
  }

  /** An option that takes a value and must be given. */
  public CommandLineParser requiredOption(String name) {
    requiredOptions.add(name);
    return option(name);
  }

  /** A required positional argument; {@code name} is what the usage calls it (e.g. FILE). */
  public CommandLineParser positional(String name) {
    positionals.add(name);
    return this;
  }

  /** Unknown {@code --} options are collected, as given, in {@link CommandLine#passedOn()} instead of refused. */
  public CommandLineParser passUnknownOptions() {
    passUnknownOptions = true;
    return this;
  }

  /** @throws UsageException for an unknown option, a missing or unwanted value, a missing or extra argument */
  public CommandLine parse(String... args) {
    Map<String, String> values = new HashMap<>();
    List<String> arguments = new ArrayList<>();
    List<String> passedOn = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        if (arguments.size() == positionals.size()) {
          throw new UsageException("unexpected argument " + arg);
        }
        arguments.add(arg);
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      if (options.contains(name)) {
        if (equals >= 0) {
          values.put(name, arg.substring(equals + 1));
        } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
          values.put(name, args[++i]);
        } else {
          // "--history --managers 2" is a forgotten value, not a file called "--managers"; "--history=--x" says so
          throw new UsageException(name + " needs a value");
        }
      } else if (passUnknownOptions) {
        passedOn.add(arg);
      } else {
        throw new UsageException("unknown option " + name);
      }
    }
    if (arguments.size() < positionals.size()) {
      throw new UsageException(positionals.get(arguments.size()) + " is required");
    }
    for (String name : requiredOptions) {
      if (!values.containsKey(name)) {
        throw new UsageException(name + " is required");
      }
    }
    return new CommandLine(values, arguments, passedOn);
  }

  /** Whether the arguments ask for help ({@code --help} or {@code -h}); a command then prints {@link #help}. */
  public boolean wantsHelp(String... args) {
    for (String arg : args) {
      if (HELP.contains(arg)) {
        return true;
      }
    }
    return false;
  }

  /** Prints the usage line and the description, the answer to {@code --help}; returns exit code 0. */
  public int help(PrintStream out) {
    out.println(usage);
    if (!description.isEmpty()) {
      out.println();
      out.println(description);
    }
    out.flush();
    return 0;
  }

  /** The sub-command's name, as the jar's command list shows it. */
  public String command() {
    return command;
  }

  /** Prints the problem and the usage line, as every sub-command answers a wrong command line. */
  public int usage(PrintStream err, String problem) {
    err.println(command + ": " + problem);
    err.println(usage);
    return USAGE_EXIT_CODE;
  }
}
