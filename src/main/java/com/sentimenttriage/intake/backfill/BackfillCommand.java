package com.sentimenttriage.intake.backfill;

import com.sentimenttriage.intake.PersonalDataMasker;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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

  /** @return the process exit code: 0 done (record errors are in the summary), 2 wrong usage, 1 failure */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Path file = null;
    String format = null;
    String source = null;
    String stepText = null;
    List<String> springArgs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--format") && i + 1 < args.length) {
        format = args[++i];
      } else if (arg.startsWith("--format=")) {
        format = arg.substring("--format=".length());
      } else if (arg.equals("--source") && i + 1 < args.length) {
        source = args[++i];
      } else if (arg.startsWith("--source=")) {
        source = arg.substring("--source=".length());
      } else if (arg.equals("--progress-step") && i + 1 < args.length) {
        stepText = args[++i];
      } else if (arg.startsWith("--progress-step=")) {
        stepText = arg.substring("--progress-step=".length());
      } else if (arg.startsWith("--")) {
        springArgs.add(arg);
      } else if (file == null) {
        file = Path.of(arg);
      } else {
        err.println(USAGE);
        return 2;
      }
    }
    if (file == null || format == null) {
      err.println(USAGE);
      return 2;
    }
    int step = 10;
    if (stepText != null) {
      try {
        step = Integer.parseInt(stepText);
      } catch (NumberFormatException e) {
        err.println(USAGE);
        return 2;
      }
    }
    if (!Files.isReadable(file)) {
      err.println("Cannot read " + file);
      return 2;
    }
    BackfillFormat parsedFormat;
    try {
      parsedFormat = BackfillFormat.of(format);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StorageOnly.class)
        .web(WebApplicationType.NONE)
        .bannerMode(org.springframework.boot.Banner.Mode.OFF)
        .logStartupInfo(false)
        .properties(Map.of("logging.level.root", "warn", "spring.main.lazy-initialization", "false"))
        .run(springArgs.toArray(String[]::new))) {
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
