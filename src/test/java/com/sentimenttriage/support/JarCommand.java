package com.sentimenttriage.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.SentimentTriageApplication;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar sentiment-triage.jar ARGS} as a process of its own, run through the application's real
 * {@code main} on the test class path (no jar needed, so it runs before {@code package}). It starts in its own
 * directory, where the application would put its H2 file, with {@code SERVER_PORT=0}, so a command that wrongly
 * starts the web application neither touches ./data nor takes a port another test uses.
 */
public final class JarCommand {

  private final Process process;
  private final Path stderr;
  private final StringBuffer stdout = new StringBuffer();
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final Thread reader;

  private JarCommand(Process process, Path stderr) {
    this.process = process;
    this.stderr = stderr;
    // stdout is read as it comes, so a test can wait for a line without polling
    this.reader = new Thread(() -> {
      try (BufferedReader in = process.inputReader(StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          stdout.append(line).append('\n');
          lines.add(line);
        }
      } catch (IOException closed) {
        // the process is gone; what it wrote is in stdout
      }
    }, "jar-command-stdout");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts the command in {@code directory}; its stderr goes to a file there. */
  public static JarCommand start(Path directory, String... args) throws IOException {
    return start(directory, List.of(), SentimentTriageApplication.class.getName(), args);
  }

  /**
   * Starts the command so that {@link #interrupt} works as Ctrl-C does: a JVM started from a background shell (a
   * CI job, an IDE) inherits an ignored SIGINT and then never runs its shutdown hooks on it, so GNU env puts back
   * the default disposition a user's terminal gives.
   */
  public static JarCommand startInterruptible(Path directory, String... args) throws IOException {
    return start(directory, List.of("env", "--default-signal=INT"), SentimentTriageApplication.class.getName(), args);
  }

  /** Starts another main class of the class path (a tool of a library, say) the same way. */
  public static JarCommand startMain(Path directory, String mainClass, String... args) throws IOException {
    return start(directory, List.of(), mainClass, args);
  }

  private static JarCommand start(Path directory, List<String> wrapper, String mainClass, String... args)
      throws IOException {
    List<String> command = new ArrayList<>(wrapper);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), mainClass));
    command.addAll(List.of(args));
    Path err = Files.createTempFile(directory, "stderr", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
        .redirectError(err.toFile());
    builder.environment().put("SERVER_PORT", "0");
    return new JarCommand(builder.start(), err);
  }

  /** Waits for the exit; a command still running after {@code limit} is killed and fails the test. */
  public int exitCode(Duration limit) throws InterruptedException {
    boolean exited = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    if (!exited) {
      process.destroyForcibly().waitFor();
    }
    reader.join(limit.toMillis());
    assertThat(exited).as("still running after %s; it printed:%n%s%n%s", limit, stdout(), stderr()).isTrue();
    return process.exitValue();
  }

  /** Ends the process, if it still runs. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** Sends SIGINT, as Ctrl-C on a terminal does. */
  public void interrupt() throws IOException, InterruptedException {
    // env exec()s java, so the process id is the JVM's
    Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
    assertThat(kill.waitFor()).isZero();
  }

  /** Waits until a line of stdout contains {@code text}. */
  public void awaitLine(String text, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    for (String line = ""; !line.contains(text); ) {
      line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      assertThat(line).as("no line with '%s' within %s; stdout:%n%s%nstderr:%n%s", text, limit, stdout(), stderr())
          .isNotNull();
    }
  }

  /** What the process wrote to stdout so far (all of it once {@link #exitCode} returned). */
  public String stdout() {
    return stdout.toString();
  }

  public String stderr() {
    try {
      return Files.readString(stderr, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
