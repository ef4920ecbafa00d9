package com.sentimenttriage.scoring.eval;

import com.sentimenttriage.scoring.engine.Language;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.scoring.engine.TicketScore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Issue 21's accuracy figures: the scorer on public human-labelled sets in each language, beside the npm package
 * {@code multilang-sentiment} as a baseline. A benchmark, not a test, because the sets may not be copied into the
 * repository (several are research-only); they live in {@code ../shared/data/multilingual/<xx>/<set>.tsv}, one
 * {@code label<TAB>text} row per text with label negative, neutral or positive, and SOURCES.md there says where each
 * comes from.
 *
 * <p>Per set it prints the rows, the negative-class ROC AUC (score = -polarity: how well the scorer ranks the texts
 * people called negative above the others, the figure that matters for escalation), macro-F1 (polarity banded at
 * ±0.05 as in {@link AccuracyReport}; over the classes the set is labelled with, so a positive/negative set is not
 * capped by an absent neutral class), the predicted class shares and the share of texts scored with the set's
 * language's words (detected as it; with {@code --explicit}, 100% once the language has data, 0% while it is scored
 * as English). The baseline's figures come from
 * {@code baseline-multilang-sentiment.tsv} in the data directory, which
 * {@code src/benchmark/baseline/multilang-sentiment-baseline.js} writes.
 *
 * <pre>
 * ./mvnw -o -q -Pbenchmark test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.sentimenttriage.scoring.eval.MultilingualAccuracyBenchmark \
 *     "-Dexec.args=--data=/work/shared/data/multilingual --language=de --explicit"
 * </pre>
 *
 * Options: {@code --data=DIR} (default {@code ../shared/data/multilingual}); {@code --language=xx[,yy]} only these
 * language directories; {@code --explicit} scores with the set's language given instead of detecting it.
 */
public final class MultilingualAccuracyBenchmark {
  public static final Path DEFAULT_DATA = Path.of("..", "shared", "data", "multilingual");
  static final String BASELINE_FILE = "baseline-multilang-sentiment.tsv";
  static final List<String> LABELS = List.of("negative", "neutral", "positive");

  /** A text with its class: 0 negative, 1 neutral, 2 positive (the indices {@link AccuracyReport#band} uses). */
  record Labelled(int label, String text) {}

  /**
   * One set's figures.
   *
   * @param predictedShares share of texts predicted negative, neutral, positive
   * @param rightLanguageShare share scored with the set's language's words: detected as it, or, with the language
   *     given, 100% once that language has data
   */
  record Result(
      String set, int rows, double negativeAuc, double macroF1, double[] predictedShares, double rightLanguageShare) {}

  private MultilingualAccuracyBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path data = DEFAULT_DATA;
    List<String> languages = List.of();
    boolean explicit = false;
    for (String arg : args) {
      if (arg.startsWith("--data=")) {
        data = Path.of(arg.substring("--data=".length()));
      } else if (arg.startsWith("--language=")) {
        languages = List.of(arg.substring("--language=".length()).split(","));
      } else if (arg.equals("--explicit")) {
        explicit = true;
      } else {
        throw new IllegalArgumentException("unknown option " + arg + "; expected --data=DIR, --language=xx, --explicit");
      }
    }
    Map<String, String[]> baseline = readBaseline(data.resolve(BASELINE_FILE));
    SentimentScorer scorer = SentimentScorer.withBuiltInLexicon();
    System.out.printf("Scorer: %s; data: %s%n", explicit ? "language given (--explicit)" : "language detected",
        data.toAbsolutePath().normalize());
    System.out.println("| set | rows | AUC (neg) | macro-F1 | predicted neg / neu / pos | scored as xx "
        + "| baseline AUC | baseline macro-F1 | baseline neg / neu / pos |");
    System.out.println("|---|---:|---:|---:|---|---:|---:|---:|---|");
    for (Path set : sets(data, languages)) {
      String language = set.getParent().getFileName().toString();
      Result result = evaluate(scorer, set, language, explicit);
      String[] base = baseline.get(result.set());
      System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %s | %s | %s |%n",
          result.set(), result.rows(), result.negativeAuc(), result.macroF1(), shares(result.predictedShares()),
          percent(result.rightLanguageShare()),
          base == null ? "| |" : base[2] + " | " + base[3] + " | " + String.join(" / ", base[4], base[5], base[6]));
    }
  }

  /** The {@code <xx>/<set>.tsv} files below {@code data}, sorted; only the given language directories if any. */
  static List<Path> sets(Path data, List<String> languages) throws IOException {
    if (!Files.isDirectory(data)) {
      throw new IllegalArgumentException("no evaluation data in " + data.toAbsolutePath().normalize()
          + " (see docs/accuracy.md, \"Other languages\", for where the sets come from)");
    }
    try (Stream<Path> files = Files.walk(data, 2)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".tsv") && !f.getParent().equals(data))
          .filter(f -> languages.isEmpty() || languages.contains(f.getParent().getFileName().toString()))
          .sorted()
          .toList();
    }
  }

  static List<Labelled> read(Path file) throws IOException {
    List<Labelled> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t", 2);
      int label = LABELS.indexOf(fields[0]);
      if (label < 0 || fields.length < 2) {
        throw new IllegalArgumentException(file + ": expected 'negative|neutral|positive<TAB>text', got: " + line);
      }
      rows.add(new Labelled(label, fields[1]));
    }
    return rows;
  }

  static Result evaluate(SentimentScorer scorer, Path file, String language, boolean explicit) throws IOException {
    List<Labelled> rows = read(file);
    int n = rows.size();
    double[] negativeScore = new double[n];
    boolean[] negative = new boolean[n];
    int[] gold = new int[n];
    int[] predicted = new int[n];
    int[] predictedCounts = new int[3];
    boolean[] present = new boolean[3];
    int rightLanguage = 0;
    for (int i = 0; i < n; i++) {
      Labelled row = rows.get(i);
      TicketScore score = score(scorer, row.text(), language, explicit);
      negativeScore[i] = -score.polarity();
      negative[i] = row.label() == 0;
      gold[i] = row.label();
      predicted[i] = AccuracyReport.band(score.polarity());
      predictedCounts[predicted[i]]++;
      present[row.label()] = true;
      rightLanguage += language.equals(score.language()) ? 1 : 0;
    }
    int[] classes = IntStream.range(0, 3).filter(c -> present[c]).toArray();
    double[] shares = {(double) predictedCounts[0] / n, (double) predictedCounts[1] / n, (double) predictedCounts[2] / n};
    String name = file.getParent().getFileName() + "/" + file.getFileName().toString().replaceFirst("\\.tsv$", "");
    return new Result(name, n, AccuracyReport.auc(negativeScore, negative), AccuracyReport.macroF1(gold, predicted, classes),
        shares, (double) rightLanguage / n);
  }

  private static TicketScore score(SentimentScorer scorer, String text, String language, boolean explicit) {
    return explicit ? scorer.score(text, Language.fromCode(language)) : scorer.score(text);
  }

  /** {@code <data>/baseline-multilang-sentiment.tsv}: set, rows, AUC, macro-F1, shares neg/neu/pos; empty if absent. */
  static Map<String, String[]> readBaseline(Path file) {
    Map<String, String[]> rows = new TreeMap<>();
    if (!Files.isReadable(file)) {
      return rows;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] fields = line.split("\t");
        if (fields.length == 7 && !fields[0].equals("set")) {
          rows.put(fields[0], fields);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static String shares(double[] shares) {
    return percent(shares[0]) + " / " + percent(shares[1]) + " / " + percent(shares[2]);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }
}
