package com.sentimenttriage.scoring.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores the sentiment of support tickets. The pipeline, like Lucene's EnglishAnalyzer, is fixed:
 *
 * <pre>
 * TextCleaner            HTML, quoted replies and signatures removed
 *   → SentimentAnalyzer  tokens, emphasis flags, lower case, stems
 *   → PolarityCalculator lexicon + idioms + support prose + taxonomy triggers, with negation,
 *                        intensity and contrast rules
 *   → Taxonomy           domain topics and their risk, from the triggers found
 *   → MoodModel          frustration, emotions, urgency, label, confidence
 * </pre>
 *
 * <p>All data files are loaded once, in the factory; an instance is immutable and thread-safe (the analyzer
 * keeps its token streams per thread), so create one and share it.
 */
public final class SentimentScorer {
  private static final TicketScore EMPTY =
      new TicketScore(
          0,
          0,
          SentimentLabel.NEUTRAL,
          MoodModel.emotions(new PolarityCalculator.Result(), 0),
          Urgency.LOW,
          List.of(),
          false,
          0,
          List.of(new Evidence("empty text", 0)));

  private final ScoringResources resources;
  private final PolarityCalculator calculator;

  private SentimentScorer(ScoringResources resources) {
    this.resources = resources;
    this.calculator = new PolarityCalculator(resources);
  }

  /** A scorer using only the lexicon and rules shipped in {@code src/main/resources/scoring}. */
  public static SentimentScorer withBuiltInLexicon() {
    return new SentimentScorer(ScoringResources.builtIn());
  }

  /**
   * A scorer whose lexicon is the built-in one plus the entries of {@code tsv} ({@code word<TAB>valence},
   * valence -4..4, further columns ignored), which add to or override the built-in valences.
   *
   * @throws IOException if the file cannot be read or a line has no valid valence (the message names the
   *     line)
   */
  public static SentimentScorer withExtraLexicon(Path tsv) throws IOException {
    return new SentimentScorer(ScoringResources.withExtraLexicon(tsv));
  }

  /**
   * The scorer the application and its commands use: {@link #withExtraLexicon(Path)} for a file,
   * {@link #withBuiltInLexicon()} when {@code extraLexiconOrNull} is null.
   *
   * @throws IOException as {@link #withExtraLexicon(Path)}
   */
  public static SentimentScorer withLexicon(Path extraLexiconOrNull) throws IOException {
    return extraLexiconOrNull == null ? withBuiltInLexicon() : withExtraLexicon(extraLexiconOrNull);
  }

  /** Scores one text; never throws, and a null, empty or junk text scores neutral with zero confidence. */
  public TicketScore score(String text) {
    if (text == null || text.isBlank()) {
      return EMPTY;
    }
    String cleaned = TextCleaner.clean(text);
    TokenSequence tokens = resources.analysis.analyze(cleaned);
    String[] topicStems = resources.analysis.topicStems(tokens);
    PolarityCalculator.Result result = calculator.compute(tokens, topicStems);
    List<TopicMatch> topics = Taxonomy.topics(result.triggers);
    LanguageGuess language = LanguageGuess.of(result);

    int frustration = MoodModel.frustration(result, topics);
    List<Evidence> explanation = result.evidence;
    if (!language.english() || text.length() > TextCleaner.MAX_CHARS) {
      explanation = new ArrayList<>(explanation);
      if (!language.english()) {
        explanation.add(new Evidence(language.reason(), 0));
      }
      if (text.length() > TextCleaner.MAX_CHARS) {
        explanation.add(new Evidence("text truncated to " + TextCleaner.MAX_CHARS + " characters", 0));
      }
    }
    return new TicketScore(
        Math.round(result.polarity * 10000) / 10000.0,
        frustration,
        MoodModel.label(result.polarity, frustration, topics),
        MoodModel.emotions(result, frustration),
        MoodModel.urgency(result, frustration, topics),
        topics,
        topics.stream().anyMatch(TopicMatch::churnThreat),
        MoodModel.confidence(result, language),
        explanation);
  }

  /**
   * The taxonomy's topic that people call {@code displayName} (any case), with its key and risk and no phrases; empty
   * for a name the taxonomy does not know. Lets a corrected topic carry the same risk as a found one.
   */
  public Optional<TopicMatch> topicNamed(String displayName) {
    Taxonomy.Topic topic = resources.taxonomy.byDisplayName(displayName);
    return topic == null ? Optional.empty()
        : Optional.of(new TopicMatch(topic.key(), topic.displayName(), topic.risk(), List.of()));
  }

  /**
   * Scores a conversation. Only customer messages are scored (an agent's "sorry for the trouble" is not the
   * customer's mood); the latest counts most.
   */
  public ThreadScore scoreThread(List<ThreadMessage> messagesOldestFirst) {
    List<TicketScore> customer = new ArrayList<>();
    if (messagesOldestFirst != null) {
      for (ThreadMessage message : messagesOldestFirst) {
        if (message != null && message.author() == ThreadMessage.Author.CUSTOMER) {
          customer.add(score(message.text()));
        }
      }
    }
    return ThreadTrend.of(customer, EMPTY);
  }
}
