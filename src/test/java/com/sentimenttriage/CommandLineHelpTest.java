package com.sentimenttriage;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.support.JarCommand;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code java -jar sentiment-triage.jar help}: the commands and their help, without the web application. The list
 * is checked in a process of its own, through the real main(), so that a web server starting would show (it would
 * not exit, and would print Tomcat's and Spring's start-up lines); each command's help in-process, as main calls it.
 */
class CommandLineHelpTest {

  /** Far above a plain JVM's start; far below the web application's, which never exits by itself anyway. */
  private static final Duration QUICK = Duration.ofSeconds(30);

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private OptionalInt commands(String... args) {
    return Commands.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String printed() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"help", "--help"})
  void helpListsTheCommandsAndExitsWithoutStartingTheWebApplication(String help) throws Exception {
    JarCommand jar = JarCommand.start(dir, help);

    assertThat(jar.exitCode(QUICK)).isZero();
    assertThat(jar.stdout()).contains("score ", "backfill ", "calibrate ", "help ")
        .contains("none of them starts the web application");
    assertThat(jar.stdout() + jar.stderr()).doesNotContain("Tomcat", "Spring Boot", "Started ", "ProcessEngine");
  }

  @Test
  void backfillHelpStartsNeitherSpringNorTheDatabase() throws Exception {
    JarCommand jar = JarCommand.start(dir, "backfill", "--help");

    assertThat(jar.exitCode(QUICK)).isZero();
    assertThat(jar.stdout()).startsWith("usage: backfill FILE --format").contains("exit codes:");
    assertThat(jar.stdout() + jar.stderr()).doesNotContain("Tomcat", "HikariPool", "Flyway");
    assertThat(dir.resolve("data")).as("no H2 file was opened").doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"score", "backfill", "calibrate"})
  void eachCommandExplainsItselfWithItsOwnHelp(String command) {
    assertThat(commands(command, "--help")).hasValue(0);
    assertThat(printed()).startsWith("usage: " + command + " ").contains("options:").contains("exit codes:");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();

    out.reset();
    assertThat(commands("help", command)).hasValue(0);
    assertThat(printed()).startsWith("usage: " + command + " ");
  }

  @Test
  void aMistypedCommandIsWrongUsageNotAWebServer() {
    assertThat(commands("scroe")).hasValue(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("sentiment-triage: no command called 'scroe'")
        .contains("score ");
  }

  @Test
  void springOptionsAloneStartTheWebApplication() {
    assertThat(commands()).isEmpty();
    assertThat(commands("--server.port=8081", "--spring.profiles.active=postgres")).isEmpty();
    assertThat(printed()).isEmpty();
  }
}
