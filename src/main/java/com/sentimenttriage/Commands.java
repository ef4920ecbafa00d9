package com.sentimenttriage;

import com.sentimenttriage.cli.CommandLineParser;
import com.sentimenttriage.gating.calibration.CalibrateCommand;
import com.sentimenttriage.intake.backfill.BackfillCommand;
import com.sentimenttriage.scoring.cli.ScoreCommand;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The jar's command-line tools and their help. A first argument that names a command runs it, without the web
 * server or the process engine; {@code help}, {@code --help} or {@code -h} list the commands; no argument, or only
 * Spring options ({@code --server.port=8081}), leaves the start to the web application.
 */
final class Commands {

  private static final Set<String> HELP = Set.of("help", "--help", "-h");

  @FunctionalInterface
  private interface Command {
    int run(String[] args, InputStream in, PrintStream out, PrintStream err);
  }

  private record Entry(String name, String summary, Command command) {
  }

  private static final List<Entry> COMMANDS = List.of(
      new Entry("score", "score ticket texts, JSON lines from stdin to stdout",
          (args, in, out, err) -> ScoreCommand.run(args, in, out, err)),
      new Entry("backfill", "score historical tickets into the database, for dashboards and calibration",
          (args, in, out, err) -> BackfillCommand.run(args, out, err)),
      new Entry("calibrate", "pick the gate's frustration threshold and MRR floor from scored history",
          (args, in, out, err) -> CalibrateCommand.run(args, out, err)));

  private Commands() {
  }

  /**
   * Runs the command the arguments name.
   *
   * @return the exit code, or empty when the arguments are the web application's
   */
  static OptionalInt run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      return OptionalInt.empty();
    }
    String first = args[0];
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    Optional<Entry> command = find(first);
    if (command.isPresent()) {
      return OptionalInt.of(command.get().command().run(rest, in, out, err));
    }
    if (HELP.contains(first)) {
      if (rest.length == 0) {
        return OptionalInt.of(list(out));
      }
      Optional<Entry> asked = find(rest[0]);
      if (asked.isPresent()) {
        return OptionalInt.of(asked.get().command().run(new String[] {"--help"}, in, out, err));
      }
      err.println("sentiment-triage: no command called '" + rest[0] + "'");
      list(err);
      return OptionalInt.of(CommandLineParser.USAGE_EXIT_CODE);
    }
    if (!first.startsWith("-")) {
      // A mistyped command must not start a web server that then fights the running one for its port.
      err.println("sentiment-triage: no command called '" + first + "'");
      list(err);
      return OptionalInt.of(CommandLineParser.USAGE_EXIT_CODE);
    }
    if (Arrays.stream(args).anyMatch(HELP::contains)) {
      return OptionalInt.of(list(out));
    }
    return OptionalInt.empty();
  }

  private static Optional<Entry> find(String name) {
    return COMMANDS.stream().filter(entry -> entry.name().equals(name)).findFirst();
  }

  private static int list(PrintStream out) {
    out.println("usage: java -jar sentiment-triage.jar [COMMAND [OPTIONS]]");
    out.println();
    out.println("Without a command the web application starts (Tasklist, Cockpit, webhooks, dashboard);");
    out.println("Spring options such as --server.port=8081 may follow.");
    out.println();
    out.println("Commands (none of them starts the web application):");
    for (Entry entry : COMMANDS) {
      out.printf(Locale.ROOT, "  %-10s %s%n", entry.name(), entry.summary());
    }
    out.printf(Locale.ROOT, "  %-10s %s%n", "help", "this list; 'help COMMAND' or 'COMMAND --help' explains a command");
    out.flush();
    return 0;
  }
}
