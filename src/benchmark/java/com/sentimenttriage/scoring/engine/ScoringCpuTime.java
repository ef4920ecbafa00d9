package com.sentimenttriage.scoring.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Tickets per CPU-second on one thread, from the thread's CPU time rather than the wall clock. On a
 * shared machine JMH's wall-clock throughput drops whenever other processes take the cores; this number
 * is what one core delivers when it is actually running the scorer.
 */
public final class ScoringCpuTime {
  private ScoringCpuTime() {}

  public static void main(String[] args) {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    SentimentScorer scorer = SentimentScorer.withBuiltInLexicon();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int sink = 0;
    for (int round = 1; round <= 5; round++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long wallStart = System.nanoTime();
      for (int i = 0; i < iterations; i++) {
        sink += scorer.score(SentimentScorerBenchmark.TICKET).frustration();
      }
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "round %d: %,.0f tickets per CPU-second, %,.0f per wall-second%n",
          round,
          iterations / cpuSeconds,
          iterations / wallSeconds);
    }
    System.out.println(sink == 42 ? "" : "done");
  }
}
