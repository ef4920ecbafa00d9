package com.sentimenttriage.intake.backfill;

import com.sentimenttriage.cli.CommandLine;
import com.sentimenttriage.cli.CommandLineParser;
import com.sentimenttriage.cli.UsageException;
import com.sentimenttriage.intake.PersonalDataMasker;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code java -jar sentiment-triage.jar backfill FILE --format csv|jsonl|zendesk-export [--source NAME]
 * [--progress-step PERCENT] [--spring.datasource.url=...]}; each option also takes the {@code --option=value} form.
 * Starts only the datasource and Flyway (no process engine, no web server, no job executor), so it is quick to
 * start and cannot create review tasks or alerts.
 */
public final class BackfillCommand {

  static final String USAGE = "usage: backfill FILE --format csv|jsonl|zendesk-export [--source NAME] "
      + "[--progress-step PERCENT] [--spring.datasource.url=...]";

  /** Only the beans the backfill needs, with the application's datasource settings and profiles. */
  @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
      JdbcTemplateAutoConfiguration.class})
  static class StorageOnly {
  }

  private static final CommandLineParser ARGUMENTS = new CommandLineParser("backfill", USAGE)
      .positional("FILE")
      .requiredOption("--format")
      .option("--source")
      .option("--progress-step")
      // Every other --option is a Spring property (datasource, profile, extra lexicon) for the storage context.
      .passUnknownOptions();

  /** A format the backfill does not know is a mistake on the command line, answered as one. */
  private static BackfillFormat format(String option) {
    try {
      return BackfillFormat.of(option);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** @return the process exit code: 0 done (record errors are in the summary), 2 wrong usage, 1 failure */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine line;
    int step;
    BackfillFormat parsedFormat;
    try {
      line = ARGUMENTS.parse(args);
      step = line.integer("--progress-step").orElse(10);
      parsedFormat = format(line.value("--format").orElseThrow());
    } catch (UsageException e) {
      return ARGUMENTS.usage(err, e.getMessage());
    }
    Path file = Path.of(line.positionals().get(0));
    String source = line.value("--source").orElse(null);
    if (!Files.isReadable(file)) {
      err.println("Cannot read " + file);
      return CommandLineParser.USAGE_EXIT_CODE;
    }
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StorageOnly.class)
        .web(WebApplicationType.NONE)
        .bannerMode(org.springframework.boot.Banner.Mode.OFF)
        .logStartupInfo(false)
        .properties(Map.of("logging.level.root", "warn", "spring.main.lazy-initialization", "false"))
        .run(line.passedOn().toArray(String[]::new))) {
      String extraLexicon = context.getEnvironment().getProperty("triage.scoring.extra-lexicon", "");
      SentimentScorer scorer = SentimentScorer.withLexicon(extraLexicon.isBlank() ? null : Path.of(extraLexicon));
      Backfill backfill = new Backfill(context.getBean(JdbcTemplate.class), scorer, new PersonalDataMasker(),
          Clock.systemUTC());
      out.println("Backfilling " + file + " (" + parsedFormat.option + ")");
      BackfillSummary summary = backfill.run(file, parsedFormat, source,
          new ConsoleProgress(out, System.console() != null, Math.max(1, Math.min(step, 100))));
      summary.print(out);
      return 0;
    } catch (Exception e) {
      err.println("Backfill failed: " + e.getMessage());
      return 1;
    }
  }

  private BackfillCommand() {
  }
}
