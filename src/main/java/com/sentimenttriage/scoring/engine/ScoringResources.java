package com.sentimenttriage.scoring.engine;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Every data file the scorer reads for one language, loaded and compiled once per scorer and language. English
 * reads {@code scoring/}, another language {@code scoring/<code>/}, with the same file names:
 *
 * <ul>
 *   <li>{@code lexicon.tsv}: word valences, plus an optional extra lexicon that overrides them
 *   <li>{@code modifiers.tsv}: negators (before and after), boosters, dampeners, contrast words
 *   <li>{@code idioms.tsv}: phrases whose meaning is not the sum of their words ("no problem")
 *   <li>{@code support-patterns.tsv}: polite-but-angry support prose ("still waiting")
 *   <li>{@code taxonomy.tsv}: domain topics and their risk
 *   <li>{@code sarcasm.tsv}: praise that means the opposite ("Great… just great")
 * </ul>
 *
 * <p>English needs every file. Another language needs only its lexicon (which is what makes it supported); a
 * missing other file reads as empty, so a language can grow file by file.
 *
 * <p>Immutable after construction, so one instance is shared by all threads.
 */
final class ScoringResources {
  static final String IDIOMS = "idioms.tsv";
  static final String SUPPORT_PATTERNS = "support-patterns.tsv";

  /** A support-prose pattern: its valence, how many frustration points it adds, and an optional emotion tag. */
  record SupportPattern(float valence, int frustration, String tag) {}

  final Language language;
  final PhraseAnalysis analysis;
  final Lexicon lexicon;
  final Modifiers modifiers;
  final PhraseMatcher<Modifiers.Modifier> modifierPhrases;
  final PhraseMatcher<Float> idioms;
  final PhraseMatcher<SupportPattern> supportPatterns;
  final Taxonomy taxonomy;
  final SarcasmFrames sarcasm;

  private ScoringResources(Language language, String directory, Lexicon.Entries entries) {
    this.language = language;
    boolean optional = language != Language.ENGLISH;
    modifiers = Modifiers.load(language, directory);
    CharArraySet emoticons = new CharArraySet(64, true);
    CharArraySet knownWords = new CharArraySet(entries.valences.size() + 256, true);
    for (String word : entries.valences.keySet()) {
      if (!Character.isLetterOrDigit(word.codePointAt(0))) {
        emoticons.add(word);
      } else {
        knownWords.add(word);
      }
    }
    modifiers.words().forEach(knownWords::add);
    analysis = new PhraseAnalysis(new SentimentAnalyzer(language, emoticons, knownWords), modifiers);
    lexicon = Lexicon.build(entries, analysis.analyzer(), language);

    PhraseMatcher.Builder<Modifiers.Modifier> modifierBuilder = new PhraseMatcher.Builder<>();
    for (Map.Entry<String, Modifiers.Modifier> entry : modifiers.phrases().entrySet()) {
      modifierBuilder.add(analysis.terms(entry.getKey()), entry.getValue(), entry.getKey());
    }
    modifierPhrases = modifierBuilder.build();

    PhraseMatcher.Builder<Float> idiomBuilder = new PhraseMatcher.Builder<>();
    Tsv.readResource(
        directory + IDIOMS,
        optional,
        (line, fields) -> idiomBuilder.add(analysis.stems(fields[0]), Float.parseFloat(fields[1].strip()), fields[0].strip()));
    lexicon.compounds().forEach((compound, valence) -> idiomBuilder.add(analysis.stems(compound), valence, compound));
    idioms = idiomBuilder.build();

    PhraseMatcher.Builder<SupportPattern> supportBuilder = new PhraseMatcher.Builder<>();
    Tsv.readResource(
        directory + SUPPORT_PATTERNS,
        optional,
        (line, fields) ->
            supportBuilder.add(
                analysis.topicStems(fields[0]),
                new SupportPattern(
                    Float.parseFloat(fields[1].strip()),
                    Integer.parseInt(fields[2].strip()),
                    fields.length > 3 && !fields[3].isBlank() ? fields[3].strip().toLowerCase(Locale.ROOT) : null),
                fields[0].strip()));
    supportPatterns = supportBuilder.build();
    taxonomy = Taxonomy.load(analysis, directory, optional);
    sarcasm = SarcasmFrames.load(analysis, directory, optional);
  }

  /** English, built in. */
  static ScoringResources builtIn() {
    return load(Language.ENGLISH, null);
  }

  /**
   * The built-in data of a supported {@code language}, with {@code extraOrNull}'s entries overriding its lexicon.
   */
  static ScoringResources load(Language language, Lexicon.Entries extraOrNull) {
    return load(language, language.resourceDirectory(), extraOrNull);
  }

  /** As {@link #load(Language, Lexicon.Entries)} from another resource directory (tests bring their own data). */
  static ScoringResources load(Language language, String directory, Lexicon.Entries extraOrNull) {
    Lexicon.Entries entries = Lexicon.Entries.load(directory);
    return new ScoringResources(language, directory, extraOrNull == null ? entries : entries.addAll(extraOrNull));
  }
}
