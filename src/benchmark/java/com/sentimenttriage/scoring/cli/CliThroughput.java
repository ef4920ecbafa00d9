package com.sentimenttriage.scoring.cli;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;

/**
 * The score command's throughput on 100,000 short JSON-line texts, in one JVM: the first round is what a
 * fresh {@code java -jar ... score} run sees after start-up (cold JIT), the later rounds are steady state.
 * Also writes the same input to a file for the end-to-end measurement with {@code java -jar}.
 */
public final class CliThroughput {
  static final String[] PARTS = {
    "The export is broken again", "Thanks, works great!", "I can't log in since the update",
    "How do I add a user?", "Still waiting for an answer", "We will cancel our subscription",
    "Sync stopped yesterday :(", "Love the new dashboard 😍", "Charged twice this month", "not bad at all",
    "This is unacceptable!!!", "any update?"
  };

  private CliThroughput() {}

  public static void main(String[] args) throws Exception {
    int texts = 100_000;
    Random random = new Random(42);
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < texts; i++) {
      input.append("{\"id\":").append(i).append(",\"text\":\"")
          .append(PARTS[random.nextInt(PARTS.length)]).append(' ')
          .append(PARTS[random.nextInt(PARTS.length)]).append("\"}\n");
    }
    byte[] bytes = input.toString().getBytes(StandardCharsets.UTF_8);
    if (args.length > 0) {
      java.nio.file.Files.write(java.nio.file.Path.of(args[0]), bytes);
    }
    for (int round = 1; round <= 5; round++) {
      long start = System.nanoTime();
      ScoreCommand.run(new String[0], new ByteArrayInputStream(bytes), OutputStream.nullOutputStream(), System.err);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "round %d: %,.0f texts/s%n", round, texts / seconds);
    }
  }
}
