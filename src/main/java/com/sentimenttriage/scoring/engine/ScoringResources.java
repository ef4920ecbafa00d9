package com.sentimenttriage.scoring.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Every data file the scorer reads, loaded and compiled once per scorer:
 *
 * <ul>
 *   <li>{@code scoring/lexicon.tsv}: word valences, plus an optional extra lexicon that overrides them
 *   <li>{@code scoring/modifiers.tsv}: negators, boosters, dampeners, contrast words
 *   <li>{@code scoring/idioms.tsv}: phrases whose meaning is not the sum of their words ("no problem")
 *   <li>{@code scoring/support-patterns.tsv}: polite-but-angry support prose ("still waiting")
 *   <li>{@code scoring/taxonomy.tsv}: domain topics and their risk
 *   <li>{@code scoring/sarcasm.tsv}: praise that means the opposite ("Great… just great")
 * </ul>
 *
 * Immutable after construction, so one instance is shared by all threads.
 */
final class ScoringResources {
  static final String IDIOMS = "scoring/idioms.tsv";
  static final String SUPPORT_PATTERNS = "scoring/support-patterns.tsv";

  /** A support-prose pattern: its valence, how many frustration points it adds, and an optional emotion tag. */
  record SupportPattern(float valence, int frustration, String tag) {}

  final PhraseAnalysis analysis;
  final Lexicon lexicon;
  final Modifiers modifiers;
  final PhraseMatcher<Modifiers.Modifier> modifierPhrases;
  final PhraseMatcher<Float> idioms;
  final PhraseMatcher<SupportPattern> supportPatterns;
  final Taxonomy taxonomy;
  final SarcasmFrames sarcasm;

  private ScoringResources(Lexicon.Entries entries) {
    modifiers = Modifiers.builtIn();
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
    analysis = new PhraseAnalysis(new SentimentAnalyzer(emoticons, knownWords), modifiers);
    lexicon = Lexicon.build(entries, analysis.analyzer());

    PhraseMatcher.Builder<Modifiers.Modifier> modifierBuilder = new PhraseMatcher.Builder<>();
    for (Map.Entry<String, Modifiers.Modifier> entry : modifiers.phrases().entrySet()) {
      modifierBuilder.add(analysis.terms(entry.getKey()), entry.getValue(), entry.getKey());
    }
    modifierPhrases = modifierBuilder.build();

    PhraseMatcher.Builder<Float> idiomBuilder = new PhraseMatcher.Builder<>();
    Tsv.readResource(
        IDIOMS,
        (line, fields) -> idiomBuilder.add(analysis.stems(fields[0]), Float.parseFloat(fields[1].strip()), fields[0].strip()));
    lexicon.compounds().forEach((compound, valence) -> idiomBuilder.add(analysis.stems(compound), valence, compound));
    idioms = idiomBuilder.build();

    PhraseMatcher.Builder<SupportPattern> supportBuilder = new PhraseMatcher.Builder<>();
    Tsv.readResource(
        SUPPORT_PATTERNS,
        (line, fields) ->
            supportBuilder.add(
                analysis.topicStems(fields[0]),
                new SupportPattern(
                    Float.parseFloat(fields[1].strip()),
                    Integer.parseInt(fields[2].strip()),
                    fields.length > 3 && !fields[3].isBlank() ? fields[3].strip().toLowerCase(Locale.ROOT) : null),
                fields[0].strip()));
    supportPatterns = supportBuilder.build();
    taxonomy = Taxonomy.builtIn(analysis);
    sarcasm = SarcasmFrames.builtIn(analysis);
  }

  static ScoringResources builtIn() {
    return new ScoringResources(Lexicon.Entries.builtIn());
  }

  static ScoringResources withExtraLexicon(Path tsv) throws IOException {
    return new ScoringResources(Lexicon.Entries.builtIn().addFile(tsv));
  }
}
