package com.sentimenttriage.alerting;

import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.scoring.engine.TicketScore;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one or two sentences of a ticket that tell a CS owner most: each sentence is scored on its own and the most
 * frustrated (then most negative) ones are kept, in the order the customer wrote them. Engine-free and
 * thread-safe; the text it gets is already masked.
 */
public final class TicketSummarizer {

  static final int MAX_SENTENCES = 2;
  static final int MAX_SENTENCE_LENGTH = 240;

  private final SentimentScorer scorer;

  public TicketSummarizer(SentimentScorer scorer) {
    this.scorer = scorer;
  }

  public String summarize(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    List<Sentence> sentences = split(text);
    Comparator<Sentence> mostTelling = Comparator.comparingInt((Sentence s) -> s.score.frustration()).reversed()
        .thenComparingDouble(s -> s.score.polarity())
        .thenComparingInt(Sentence::position);
    return sentences.stream()
        .sorted(mostTelling)
        .limit(MAX_SENTENCES)
        .sorted(Comparator.comparingInt(Sentence::position))
        .map(s -> shorten(s.text))
        .collect(Collectors.joining(" "));
  }

  private List<Sentence> split(String text) {
    String flat = text.replaceAll("\\s+", " ").trim();
    BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    boundaries.setText(flat);
    List<Sentence> sentences = new ArrayList<>();
    int start = boundaries.first();
    for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
      String sentence = flat.substring(start, end).trim();
      if (!sentence.isEmpty()) {
        sentences.add(new Sentence(sentences.size(), sentence, scorer.score(sentence)));
      }
    }
    return sentences;
  }

  private static String shorten(String sentence) {
    return sentence.length() <= MAX_SENTENCE_LENGTH ? sentence
        : sentence.substring(0, MAX_SENTENCE_LENGTH - 1).stripTrailing() + "…";
  }

  private record Sentence(int position, String text, TicketScore score) {
  }
}
