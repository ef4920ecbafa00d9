package com.sentimenttriage.learning;

import com.sentimenttriage.scoring.engine.SentimentAnalyzer;
import com.sentimenttriage.scoring.engine.StemAttribute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Ticket text as the learned model sees it: the scoring engine's own Lucene chain ({@link SentimentAnalyzer}),
 * keeping the stemmed copy of each word so "exporting" and "exports" count as one feature. Thread-safe.
 */
public final class TicketTokens {

  /** More than this is rarely more signal, and it bounds the work per ticket. */
  static final int MAX_TOKENS = 600;

  private static final SentimentAnalyzer ANALYZER =
      new SentimentAnalyzer(new CharArraySet(List.of(":(", ":)", ":-(", ":-)"), false), CharArraySet.EMPTY_SET);

  private TicketTokens() {
  }

  public static List<String> of(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return tokens;
    }
    try (TokenStream stream = ANALYZER.tokenStream("ticket", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      // The engine's StemFilter puts each word's stem beside its term; the stem is the feature.
      StemAttribute stem = stream.addAttribute(StemAttribute.class);
      stream.reset();
      while (stream.incrementToken() && tokens.size() < MAX_TOKENS) {
        if (term.length() > 0 && term.charAt(0) != '<') {
          String feature = stem.stem() != null ? stem.stem() : term.toString();
          tokens.add(feature.toLowerCase(Locale.ROOT));
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /**
   * The tokens of {@code text}, worked out on the first {@code get()} and remembered: the corrections of one ticket
   * share them, and a ticket no model looks at is never tokenized. For one thread (one ticket) at a time.
   */
  public static Supplier<List<String>> once(String text) {
    return new Supplier<>() {
      private List<String> tokens;

      @Override
      public List<String> get() {
        if (tokens == null) {
          tokens = of(text);
        }
        return tokens;
      }
    };
  }
}
