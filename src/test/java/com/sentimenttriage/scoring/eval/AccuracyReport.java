package com.sentimenttriage.scoring.eval;

import com.sentimenttriage.scoring.engine.SentimentScorer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Measures the scorer against human ratings: Pearson r of polarity with the mean rating, and 3-class
 * macro-F1 with the usual ±0.05 neutral band on both polarity and rating/4.
 *
 * <pre>
 * ./mvnw -o -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=com.sentimenttriage.scoring.eval.AccuracyReport
 * </pre>
 *
 * The data directory defaults to {@code ../shared/data/sentiment} relative to the project directory.
 */
public final class AccuracyReport {
  public static final Path DEFAULT_DATA = Path.of("..", "shared", "data", "sentiment");
  public static final String TWEETS = "tweets_GroundTruth.txt";
  public static final String REVIEWS = "amazonReviewSnippets_GroundTruth.txt";
  public static final String PUBLIC_LEXICON = "vader_lexicon.txt";
  static final double BAND = 0.05;

  /** One set's result. */
  public record Result(String set, int texts, double pearson, double macroF1) {}

  /** A rated text. */
  public record Rated(double rating, String text) {}

  private AccuracyReport() {}

  public static List<Rated> read(Path file) throws IOException {
    // CRLF line ends, no trailing newline; split on any line break and skip blanks.
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank())
        .map(
            line -> {
              String[] fields = line.split("\t", 3);
              return new Rated(Double.parseDouble(fields[1]), fields.length > 2 ? fields[2].strip() : "");
            })
        .toList();
  }

  public static Result evaluate(SentimentScorer scorer, Path file) throws IOException {
    List<Rated> rated = read(file);
    int n = rated.size();
    double[] predicted = new double[n];
    double[] gold = new double[n];
    for (int i = 0; i < n; i++) {
      predicted[i] = scorer.score(rated.get(i).text()).polarity();
      gold[i] = rated.get(i).rating();
    }
    return new Result(file.getFileName().toString(), n, pearson(predicted, gold), macroF1(predicted, gold));
  }

  static double pearson(double[] x, double[] y) {
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  static int band(double value) {
    return value > BAND ? 2 : value < -BAND ? 0 : 1;
  }

  static double macroF1(double[] predicted, double[] rating) {
    int[] gold = new int[predicted.length];
    int[] predictedClass = new int[predicted.length];
    for (int i = 0; i < predicted.length; i++) {
      gold[i] = band(rating[i] / 4);
      predictedClass[i] = band(predicted[i]);
    }
    return macroF1(gold, predictedClass, 0, 1, 2);
  }

  /**
   * The mean per-class F1 over {@code classes} (0 negative, 1 neutral, 2 positive, as {@link #band}). A set labelled
   * with two classes passes those two: its neutral predictions then count as misses, not as a third class with F1 0.
   */
  static double macroF1(int[] gold, int[] predicted, int... classes) {
    int[][] confusion = new int[3][3];
    for (int i = 0; i < gold.length; i++) {
      confusion[gold[i]][predicted[i]]++;
    }
    double f1Sum = 0;
    for (int c : classes) {
      int tp = confusion[c][c];
      int predictedC = confusion[0][c] + confusion[1][c] + confusion[2][c];
      int goldC = confusion[c][0] + confusion[c][1] + confusion[c][2];
      double precision = predictedC == 0 ? 0 : (double) tp / predictedC;
      double recall = goldC == 0 ? 0 : (double) tp / goldC;
      f1Sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
    return f1Sum / classes.length;
  }

  /**
   * ROC AUC: the chance that a random positive scores above a random negative, ties counting half (the Mann-Whitney
   * U statistic over ranks, ties sharing their mean rank). 0.5 when one side is empty.
   */
  static double auc(double[] scores, boolean[] positive) {
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
    double positiveRankSum = 0;
    long positives = 0;
    for (int start = 0; start < order.length; ) {
      int end = start;
      while (end + 1 < order.length && scores[order[end + 1]] == scores[order[start]]) {
        end++;
      }
      double meanRank = (start + end) / 2.0 + 1;
      for (int k = start; k <= end; k++) {
        if (positive[order[k]]) {
          positiveRankSum += meanRank;
          positives++;
        }
      }
      start = end + 1;
    }
    long negatives = scores.length - positives;
    if (positives == 0 || negatives == 0) {
      return 0.5;
    }
    return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  public static void main(String[] args) throws IOException {
    Path data = args.length > 0 ? Path.of(args[0]) : DEFAULT_DATA;
    SentimentScorer builtIn = SentimentScorer.withBuiltInLexicon();
    SentimentScorer extended = SentimentScorer.withExtraLexicon(data.resolve(PUBLIC_LEXICON));
    System.out.println("| lexicon | set | texts | Pearson r | macro-F1 |");
    System.out.println("|---|---|---:|---:|---:|");
    for (String set : List.of(TWEETS, REVIEWS)) {
      print("built-in", evaluate(builtIn, data.resolve(set)));
    }
    for (String set : List.of(TWEETS, REVIEWS)) {
      print("built-in + vader_lexicon.txt", evaluate(extended, data.resolve(set)));
    }
  }

  private static void print(String lexicon, Result result) {
    System.out.printf(
        Locale.ROOT, "| %s | %s | %d | %.3f | %.3f |%n", lexicon, result.set(), result.texts(), result.pearson(), result.macroF1());
  }
}
