package com.sentimenttriage.intake.backfill;

import com.sentimenttriage.cli.CommandLine;
import com.sentimenttriage.cli.CommandLineParser;
import com.sentimenttriage.cli.UsageException;
import com.sentimenttriage.intake.PersonalDataMasker;
import com.sentimenttriage.intake.connector.CampaignRules;
import com.sentimenttriage.scoring.ScorerProperties;
import com.sentimenttriage.scoring.engine.Language;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code java -jar sentiment-triage.jar backfill FILE --format csv|jsonl|zendesk-export [--source NAME]
 * [--progress-seconds N] [--spring.datasource.url=...]}; each option also takes the {@code --option=value} form.
 * Starts only the datasource and Flyway (no process engine, no web server, no job executor), so it is quick to
 * start and cannot create review tasks or alerts. Every failure is one line on stderr, never a stack trace.
 */
public final class BackfillCommand {

  static final String USAGE = "usage: backfill FILE --format csv|jsonl|zendesk-export [--source NAME] "
      + "[--progress-seconds N] [--spring.datasource.url=...]";

  /** Exit code: some lines could not be read (each named on stderr); the others were stored. */
  public static final int SOME_LINES_FAILED_EXIT_CODE = 1;
  /** Exit code: the backfill could not run (database, file); what it stored before stays stored. */
  public static final int FAILED_EXIT_CODE = 3;

  /** H2's "Database may be already in use": another process holds the database file. */
  private static final int H2_DATABASE_ALREADY_OPEN = 90020;
  /** How long Ctrl-C waits for the batch being stored, so the summary is true. */
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  /** Only the beans the backfill needs, with the application's datasource settings and profiles. */
  @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
      JdbcTemplateAutoConfiguration.class})
  static class StorageOnly {
  }

  private static final CommandLineParser ARGUMENTS = new CommandLineParser("backfill", USAGE)
      .positional("FILE")
      .requiredOption("--format")
      .option("--source")
      .option("--progress-seconds")
      // Every other --option is a Spring property (datasource, profile, extra lexicon) for the storage context.
      .passUnknownOptions()
      .description("""
          Scores historical tickets and stores their scores for the dashboard and for calibration, without the
          web application or the process engine: no review task, no alert. Text is masked and never stored.
          Resumable: tickets already stored are skipped, so after Ctrl-C or a failure run the same command again.

          options:
            --format F            csv (ticket_id, subject, body, created_at), jsonl (the generic webhook's
                                  fields) or zendesk-export (Zendesk's incremental export, also as one
                                  line, or one ticket per line)
            --source NAME         the helpdesk the tickets came from (default: generic, or zendesk)
            --progress-seconds N  time between two progress lines (default: 1 on a terminal, 2 otherwise)
            --spring.datasource.url=URL, --spring.profiles.active=postgres, ...
                                  the database: by default the application's H2 file ./data/sentiment-triage,
                                  which the running application holds; stop it, or name another database

          exit codes:
            0    done
            1    some lines could not be read: each is named on stderr, the others were stored
            2    wrong command line, or a file that cannot be read
            3    the backfill could not run (database); what was stored stays stored
            130  stopped with Ctrl-C: the summary so far is printed; run the same command again to resume
          """);

  /** A format the backfill does not know is a mistake on the command line, answered as one. */
  private static BackfillFormat format(String option) {
    try {
      return BackfillFormat.of(option);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** @return the process exit code, see the description above */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (ARGUMENTS.wantsHelp(args)) {
      return ARGUMENTS.help(out);
    }
    CommandLine line;
    Duration every;
    BackfillFormat parsedFormat;
    try {
      line = ARGUMENTS.parse(args);
      int seconds = line.integer("--progress-seconds").orElse(System.console() != null ? 1 : 2);
      if (seconds < 1) {
        throw new UsageException("--progress-seconds must be at least 1");
      }
      every = Duration.ofSeconds(seconds);
      parsedFormat = format(line.value("--format").orElseThrow());
    } catch (UsageException e) {
      return ARGUMENTS.usage(err, e.getMessage());
    }
    Path file = Path.of(line.positionals().get(0));
    String source = line.value("--source").orElse(null);
    if (!Files.isReadable(file)) {
      err.println("backfill: cannot read " + file);
      return CommandLineParser.USAGE_EXIT_CODE;
    }
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch done = new CountDownLatch(1);
    // Ctrl-C: let the batch being stored finish, then print what was stored and how to resume.
    Thread onCtrlC = new Thread(() -> {
      stop.set(true);
      try {
        done.await(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "backfill-stop");
    Runtime.getRuntime().addShutdownHook(onCtrlC);
    BackfillSummary summary = new BackfillSummary();
    AtomicReference<String> database = new AtomicReference<>("the database");
    try (ConfigurableApplicationContext context = storage(line, database)) {
      Map<Language, Path> extraLexicons = ScorerProperties.extraLexicons(context.getEnvironment());
      for (Map.Entry<Language, Path> lexicon : extraLexicons.entrySet()) {
        if (!Files.isRegularFile(lexicon.getValue())) {
          err.println("backfill: the lexicon file " + lexicon.getValue() + " does not exist ("
              + ScorerProperties.extraLexicon(lexicon.getKey()) + ")");
          return CommandLineParser.USAGE_EXIT_CODE;
        }
      }
      SentimentScorer scorer = SentimentScorer.withExtraLexicons(extraLexicons);
      Backfill backfill = new Backfill(context.getBean(JdbcTemplate.class), scorer, new PersonalDataMasker(),
          Clock.systemUTC()).withZendeskCampaigns(new CampaignRules(context.getEnvironment()).of("zendesk"));
      out.println("Backfilling " + file + " (" + parsedFormat.option + ")");
      out.flush();
      backfill.run(file, parsedFormat, source,
          new ConsoleProgress(out, System.console() != null, every, Clock.systemUTC()), summary, stop::get);
      return finished(summary, out, err);
    } catch (Exception e) {
      if (stop.get()) {
        // Ctrl-C while a batch was stored: the database may have closed under it (H2 closes on exit), and that
        // batch was rolled back; the summary counts only what was committed.
        summary.interrupted();
        return finished(summary, out, err);
      }
      err.println("backfill: " + problem(e, database.get()));
      return FAILED_EXIT_CODE;
    } finally {
      out.flush();
      err.flush();
      done.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(onCtrlC);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it returns now that the summary is printed
      }
    }
  }

  /** @param database receives the datasource URL the context uses, for the message if it cannot start */
  private static ConfigurableApplicationContext storage(CommandLine line, AtomicReference<String> database) {
    return new SpringApplicationBuilder(StorageOnly.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        // Ctrl-C is ours: the context must stay open until the batch being stored is committed.
        .registerShutdownHook(false)
        .properties(Map.of("logging.level.root", "warn", "spring.main.lazy-initialization", "false",
            // A failed start is reported in one line below, not as the stack traces Spring and Hikari log.
            "logging.level.org.springframework.boot.SpringApplication", "off",
            "logging.level.org.springframework.boot.diagnostics", "off",
            "logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext", "off",
            "logging.level.com.zaxxer.hikari", "off"))
        .listeners(event -> {
          if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            // without its parameters, which may hold a password
            database.set(prepared.getEnvironment().getProperty("spring.datasource.url", "the database")
                .replaceAll("[?;].*", ""));
            keepH2OpenOnCtrlC(prepared.getEnvironment());
          }
        })
        .run(line.passedOn().toArray(String[]::new));
  }

  /**
   * H2 closes its database in a shutdown hook of its own, which on Ctrl-C would race ours and fail the batch being
   * committed; this run closes it itself, when the context closes.
   */
  private static void keepH2OpenOnCtrlC(ConfigurableEnvironment environment) {
    String url = environment.getProperty("spring.datasource.url", "");
    if (url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT).contains("DB_CLOSE_ON_EXIT")) {
      environment.getPropertySources().addFirst(new MapPropertySource("backfill-h2",
          Map.of("spring.datasource.url", url + ";DB_CLOSE_ON_EXIT=FALSE")));
    }
  }

  private static int finished(BackfillSummary summary, PrintStream out, PrintStream err) {
    summary.print(out);
    summary.printErrors(err);
    if (summary.wasInterrupted()) {
      out.println("Stopped before the end of the file. To resume, run the same command again: the tickets "
          + "already imported are skipped.");
    }
    out.flush();
    err.flush();
    return summary.errorCount() > 0 ? SOME_LINES_FAILED_EXIT_CODE : 0;
  }

  /** What went wrong, in one line: what to do for a database another process holds, else the deepest message. */
  static String problem(Throwable failure, String database) {
    Throwable deepest = failure;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
        return "the database " + database + " is in use by another process, most likely the running application: "
            + "stop it, or pass another database with --spring.datasource.url=...";
      }
      if (cause.getMessage() != null) {
        deepest = cause;
      }
    }
    String message = String.valueOf(deepest.getMessage()).strip();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private BackfillCommand() {
  }
}
