package com.sentimenttriage.scoring.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

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
 * <p>Each language has its own data files and analysis chain ({@link Language}, {@link ScoringResources}). English
 * is loaded in the factory, every other language on its first text, once; an instance is thread-safe (the analyzer
 * keeps its token streams per thread), so create one and share it.
 */
public final class SentimentScorer {
  private final Map<Language, String> directories;
  private final Map<Language, Lexicon.Entries> extraLexicons;
  /**
   * Each language's compiled data, loaded on its first text: a scorer that never sees German does not pay for it.
   * computeIfAbsent loads a language once however many threads ask at the same time; empty means "no data".
   */
  private final ConcurrentMap<Language, Optional<PolarityCalculator>> calculators = new ConcurrentHashMap<>();
  private final PolarityCalculator english;

  private SentimentScorer(Map<Language, String> directories, Map<Language, Lexicon.Entries> extraLexicons) {
    this.directories = Map.copyOf(directories);
    this.extraLexicons = Map.copyOf(extraLexicons);
    // English is always needed (the fallback for everything else), so it loads now and its errors show at once.
    this.english = calculator(Language.ENGLISH).orElseThrow();
  }

  /** A scorer using only the lexicons and rules shipped in {@code src/main/resources/scoring}. */
  public static SentimentScorer withBuiltInLexicon() {
    return new SentimentScorer(Map.of(), Map.of());
  }

  /**
   * A scorer whose English lexicon is the built-in one plus the entries of {@code tsv} ({@code word<TAB>valence},
   * valence -4..4, further columns ignored), which add to or override the built-in valences.
   *
   * @throws IOException if the file cannot be read or a line has no valid valence (the message names the
   *     line)
   */
  public static SentimentScorer withExtraLexicon(Path tsv) throws IOException {
    return withExtraLexicons(Map.of(Language.ENGLISH, tsv));
  }

  /**
   * A scorer whose lexicon of each language in {@code tsvByLanguage} is the built-in one plus that file's entries,
   * as {@link #withExtraLexicon(Path)}. The files are read now, so a bad line fails here and not on a ticket.
   *
   * @throws IOException as {@link #withExtraLexicon(Path)}
   * @throws IllegalArgumentException for a language without built-in data ({@link Language#isSupported()})
   */
  public static SentimentScorer withExtraLexicons(Map<Language, Path> tsvByLanguage) throws IOException {
    return create(Map.of(), tsvByLanguage);
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

  /**
   * A scorer reading {@code language}'s data from another resource directory ("scoring-fixture/de/"), with an
   * optional extra lexicon for it; for tests of the language mechanics, independent of the shipped data.
   */
  static SentimentScorer withResourceDirectory(Language language, String directory, Path extraLexiconOrNull)
      throws IOException {
    return create(Map.of(language, directory),
        extraLexiconOrNull == null ? Map.of() : Map.of(language, extraLexiconOrNull));
  }

  /** As {@link #withResourceDirectory}, for several languages and no extra lexicon. */
  static SentimentScorer withResourceDirectories(Map<Language, String> directories) throws IOException {
    return create(directories, Map.of());
  }

  private static SentimentScorer create(Map<Language, String> directories, Map<Language, Path> extraFiles)
      throws IOException {
    Map<Language, Lexicon.Entries> extra = new EnumMap<>(Language.class);
    for (Map.Entry<Language, Path> file : extraFiles.entrySet()) {
      String directory = directories.getOrDefault(file.getKey(), file.getKey().resourceDirectory());
      if (!Language.hasLexicon(directory)) {
        throw new IllegalArgumentException("extra lexicon " + file.getValue() + ": there is no built-in data for "
            + file.getKey().displayName() + " (" + directory + Lexicon.FILE + ")");
      }
      extra.put(file.getKey(), new Lexicon.Entries().addFile(file.getValue()));
    }
    return new SentimentScorer(directories, extra);
  }

  /**
   * Scores one text in the language it is written in ({@link LanguageDetection}: English where it cannot tell);
   * never throws, and a null, empty or junk text scores neutral with zero confidence.
   */
  public TicketScore score(String text) {
    return scoreDetecting(text, null);
  }

  /**
   * As {@link #score(String)}, with a caller's hint (a helpdesk's locale) for the texts detection cannot tell:
   * too short, unsure, or in a language without data. A confident detection wins over the hint.
   */
  public TicketScore scoreDetecting(String text, Language hintOrNull) {
    if (text == null || text.isBlank()) {
      Language language = hintOrNull != null && supports(hintOrNull) ? hintOrNull : Language.ENGLISH;
      return empty(language, language.displayName() + " (empty text)");
    }
    String cleaned = TextCleaner.clean(text);
    // Most tickets are English. When most of a text's words are English words the lexicon knows, it is English
    // without asking Lingua: English tickets do not pay its 1-2 ms, and its models (about 200 MB) load only once a
    // text in another language arrives.
    PolarityCalculator.Result asEnglish = analyze(english, cleaned);
    if (LanguageGuess.plainlyEnglish(asEnglish)) {
      return score(text, asEnglish, Language.ENGLISH, "English (mostly English words)", null);
    }
    LanguageDetection.Choice choice = LanguageDetection.choose(cleaned, hintOrNull, this::supports);
    LanguageGuess unsupported = choice.unsupported() ? new LanguageGuess(false, "language: " + choice.reason()) : null;
    PolarityCalculator.Result result = choice.language() == Language.ENGLISH ? asEnglish
        : analyze(calculator(choice.language()).orElseThrow(), cleaned);
    return score(text, result, choice.language(), choice.reason(), unsupported);
  }

  /**
   * Scores one text with {@code language}'s words and rules. A language without data is scored as English, with
   * low confidence and the reason in the explanation. Never throws for any text.
   */
  public TicketScore score(String text, Language language) {
    Optional<PolarityCalculator> calculator = calculator(Objects.requireNonNull(language, "language"));
    if (text == null || text.isBlank()) {
      return empty(calculator.isPresent() ? language : Language.ENGLISH, language.displayName() + " (given)");
    }
    String cleaned = TextCleaner.clean(text);
    if (calculator.isEmpty()) {
      LanguageGuess unsupported = LanguageGuess.unsupported(language);
      return score(text, analyze(english, cleaned), Language.ENGLISH, unsupported.reason(), unsupported);
    }
    return score(text, analyze(calculator.get(), cleaned), language, language.displayName() + " (given)", null);
  }

  /** Whether this scorer has data for {@code language} (loading it if it was not loaded yet). */
  public boolean supports(Language language) {
    return calculator(language).isPresent();
  }

  /** Whether {@code language}'s data has been loaded, for the test that it loads only when needed. */
  boolean loaded(Language language) {
    return calculators.containsKey(language);
  }

  private Optional<PolarityCalculator> calculator(Language language) {
    return calculators.computeIfAbsent(language, l -> {
      String directory = directories.getOrDefault(l, l.resourceDirectory());
      if (!Language.hasLexicon(directory)) {
        return Optional.empty();
      }
      return Optional.of(new PolarityCalculator(ScoringResources.load(l, directory, extraLexicons.get(l))));
    });
  }

  /** {@code cleaned} (a text after {@link TextCleaner}) through the calculator's language: words, rules, evidence. */
  private static PolarityCalculator.Result analyze(PolarityCalculator calculator, String cleaned) {
    ScoringResources resources = calculator.resources();
    TokenSequence tokens = resources.analysis.analyze(cleaned);
    return calculator.compute(tokens, resources.analysis.topicStems(tokens));
  }

  /**
   * @param result {@code text} after {@link TextCleaner}, through {@link #analyze} in {@code language}
   * @param languageReason how {@code language} was chosen, for people
   * @param unsupported why the text was scored as English although it is in another language, or null
   */
  private static TicketScore score(String text, PolarityCalculator.Result result, Language language,
      String languageReason, LanguageGuess unsupported) {
    List<TopicMatch> topics = Taxonomy.topics(result.triggers);
    LanguageGuess guess = unsupported != null ? unsupported : LanguageGuess.of(result, language);

    int frustration = MoodModel.frustration(result, topics);
    List<Evidence> explanation = result.evidence;
    boolean english = language == Language.ENGLISH && unsupported == null;
    if (!english || !guess.readable() || text.length() > TextCleaner.MAX_CHARS) {
      explanation = new ArrayList<>(explanation);
      if (!guess.readable()) {
        explanation.add(new Evidence(guess.reason(), 0));
      } else if (!english) {
        explanation.add(new Evidence("language: " + languageReason, 0));
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
        MoodModel.confidence(result, guess, language),
        explanation,
        language.code(),
        languageReason);
  }

  private static TicketScore empty(Language language, String languageReason) {
    return new TicketScore(
        0,
        0,
        SentimentLabel.NEUTRAL,
        MoodModel.emotions(new PolarityCalculator.Result(), 0),
        Urgency.LOW,
        List.of(),
        false,
        0,
        List.of(new Evidence("empty text", 0)),
        language.code(),
        languageReason);
  }

  /**
   * The taxonomy's topic that people call {@code displayName} (any case), with its key and risk and no phrases; empty
   * for a name the taxonomy does not know. Lets a corrected topic carry the same risk as a found one.
   */
  public Optional<TopicMatch> topicNamed(String displayName) {
    // Every language's taxonomy has the English keys, names and risks, so the English one answers for all.
    Taxonomy.Topic topic = english.resources().taxonomy.byDisplayName(displayName);
    return topic == null ? Optional.empty()
        : Optional.of(new TopicMatch(topic.key(), topic.displayName(), topic.risk(), List.of()));
  }

  /**
   * Scores a conversation. Only customer messages are scored (an agent's "sorry for the trouble" is not the
   * customer's mood); the latest counts most.
   */
  public ThreadScore scoreThread(List<ThreadMessage> messagesOldestFirst) {
    return scoreThread(messagesOldestFirst, null);
  }

  /**
   * As {@link #scoreThread(List)}; each message's language is detected on its own (a thread may change language),
   * with {@code hintOrNull} for the messages detection cannot tell ({@link #scoreDetecting}).
   */
  public ThreadScore scoreThread(List<ThreadMessage> messagesOldestFirst, Language hintOrNull) {
    List<TicketScore> customer = new ArrayList<>();
    if (messagesOldestFirst != null) {
      for (ThreadMessage message : messagesOldestFirst) {
        if (message != null && message.author() == ThreadMessage.Author.CUSTOMER) {
          customer.add(scoreDetecting(message.text(), hintOrNull));
        }
      }
    }
    return ThreadTrend.of(customer, empty(Language.ENGLISH, "English (no customer message)"));
  }
}
