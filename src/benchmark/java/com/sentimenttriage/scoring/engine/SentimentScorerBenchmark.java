package com.sentimenttriage.scoring.engine;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of scoring one typical ~400-character support ticket on one thread. The scorer is created
 * once, as in production; each call must reuse the analyzer and lexicon structures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class SentimentScorerBenchmark {
  /** 400 characters: a polite-but-angry ticket with negation, contrast, emphasis and two topics. */
  static final String TICKET =
      "Hi team, I have asked three times and still no answer. Since the last update exporting to CSV fails "
          + "with an API error 500 and our weekly report is not working at all. The product is great but "
          + "this is really frustrating!!! We are not happy, to be honest, and our finance lead is "
          + "reconsidering our renewal. Could you please escalate this? Any update would help. Thanks, "
          + "Dana from the Acme operations team :(";

  private SentimentScorer scorer;

  @Setup
  public void setUp() {
    scorer = SentimentScorer.withBuiltInLexicon();
  }

  @Benchmark
  public TicketScore scoreTypicalTicket() {
    return scorer.score(TICKET);
  }
}
