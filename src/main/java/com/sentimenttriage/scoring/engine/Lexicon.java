package com.sentimenttriage.scoring.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * Word valences on the -4..4 scale, with an optional tag (an {@link Emotion} name, {@code urgent}, or
 * {@code acronym}: a word that, written in capitals, is an acronym without a mood, "POS" for point of sale).
 *
 * <p>A word is looked up as written first and, if it looks inflected (-s, -ed, -ing), by its stem second,
 * so "annoys" finds "annoy" without the file listing every inflection. Only base forms (whose stem is the word
 * itself, or the word without its final "e") speak for a stem. Entries with valence 0 mark known neutral English words.
 *
 * <p>Other languages inflect far more (German "enttäuscht, enttäuschend, enttäuschte"), so there every single-word
 * entry speaks for its stem and every unknown word falls back to its stem: data files list the base form and add
 * inflected forms only where the stem differs. Where several entries share a stem, the base form (whose stem is
 * the word itself) wins, else the first in the file; the English derivation worry ("likely" → "like") is smaller
 * with Snowball's lighter stemmers for these languages. Words are keyed as the analysis gives them, accents folded.
 */
final class Lexicon {
  static final String FILE = "lexicon.tsv";

  private final Map<String, Float> valences;
  private final Map<String, String> tags;
  private final Map<String, Float> stemValences;
  private final Map<String, String> stemTags;
  private final Map<String, Float> compounds;
  /** Whether every word falls back to its stem, not only English's plain inflections. */
  private final boolean stemsEveryWord;

  private Lexicon(Entries entries, Analyzer analyzer, Language language) {
    this.stemsEveryWord = language != Language.ENGLISH;
    Map<String, Float> byWord = new HashMap<>();
    Map<String, String> tagsByWord = new HashMap<>();
    entries.valences.forEach((word, valence) -> byWord.put(language.fold(word), valence));
    entries.tags.forEach((word, tag) -> tagsByWord.put(language.fold(word), tag));
    this.valences = Collections.unmodifiableMap(byWord);
    this.tags = Collections.unmodifiableMap(tagsByWord);
    Map<String, Float> byStem = new HashMap<>();
    Map<String, String> tagsByStem = new HashMap<>();
    Map<String, Boolean> exact = new HashMap<>();
    Map<String, Float> multiToken = new HashMap<>();
    entries.valences.forEach(
        (word, valence) -> {
          TokenSequence tokens = TokenSequence.analyze(analyzer, word);
          if (tokens.size > 1) {
            if (isHyphenated(word)) {
              multiToken.put(word, valence);
            }
            return;
          }
          if (tokens.size != 1 || !tokens.isWord(0)) {
            return;
          }
          String stem = tokens.stems[0];
          if (!stemsEveryWord) {
            boolean isOwnStem =
                stem.equals(word) || (word.endsWith("e") && stem.equals(word.substring(0, word.length() - 1)));
            if (!isOwnStem) {
              return; // "frustrated" keeps its own entry; only base forms speak for their inflections
            }
          }
          // English compares with the entry as written, as it always has; other languages with the analyzed term.
          boolean base = stem.equals(stemsEveryWord ? tokens.terms[0] : word);
          if (!byStem.containsKey(stem) || (base && !exact.getOrDefault(stem, false))) {
            byStem.put(stem, valence);
            exact.put(stem, base);
            String tag = entries.tags.get(word);
            if (tag != null) {
              tagsByStem.put(stem, tag);
            } else {
              tagsByStem.remove(stem);
            }
          }
        });
    this.stemValences = Collections.unmodifiableMap(new HashMap<>(byStem));
    this.stemTags = Collections.unmodifiableMap(new HashMap<>(tagsByStem));
    this.compounds = Collections.unmodifiableMap(multiToken);
  }

  static Lexicon build(Entries entries, Analyzer analyzer, Language language) {
    return new Lexicon(entries, analyzer, language);
  }

  /** The valence of a term (or, failing that, of its stem), or NaN when the word is unknown. */
  float valence(String term, String stem) {
    Float valence = valences.get(term);
    if (valence == null && (stemsEveryWord || isInflection(term))) {
      valence = stemValences.get(stem);
    }
    return valence == null ? Float.NaN : valence;
  }

  /** The tag of a term or its stem, or null. */
  String tag(String term, String stem) {
    return valences.containsKey(term) || !(stemsEveryWord || isInflection(term)) ? tags.get(term) : stemTags.get(stem);
  }

  /**
   * In English only plain inflections fall back to the stem. Porter also strips derivational endings, and those
   * change meaning too often ("likely" is not "like", "generally" is not "generous").
   */
  private static boolean isInflection(String term) {
    return term.endsWith("s") || term.endsWith("ed") || term.endsWith("ing");
  }

  /**
   * Hyphenated entries the tokenizer splits ("well-made", "hassle-free"); they are matched as phrases, like
   * idioms.
   */
  Map<String, Float> compounds() {
    return compounds;
  }

  /** "well-made" yes; emoticons that merely contain letters ("d:", "j/k") no. */
  private static boolean isHyphenated(String word) {
    return word.indexOf('-') > 0
        && word.chars().allMatch(c -> c == '-' || Character.isLetter(c))
        && java.util.Arrays.stream(word.split("-")).allMatch(part -> part.length() > 1 || part.equals("a"));
  }

  /**
   * The raw entries (lower case, as written), before the analyzer exists (the analyzer needs the emoticons and
   * known words). In file order, so "the first entry for a stem" means the first in the file.
   */
  static final class Entries {
    final Map<String, Float> valences = new LinkedHashMap<>();
    final Map<String, String> tags = new HashMap<>();

    /** The entries of {@code directory}'s lexicon.tsv. */
    static Entries load(String directory) {
      Entries entries = new Entries();
      Tsv.readResource(directory + FILE, entries::add);
      return entries;
    }

    /** Adds the rows of {@code more} (an extra lexicon); they override these. */
    Entries addAll(Entries more) {
      valences.putAll(more.valences);
      tags.putAll(more.tags);
      return this;
    }

    /** Adds {@code word<TAB>valence} rows (further columns ignored); they override built-in valences. */
    Entries addFile(Path tsv) throws IOException {
      Tsv.readFile(tsv, (line, fields) -> put(fields, false));
      return this;
    }

    private void add(int line, String[] fields) {
      put(fields, true);
    }

    private void put(String[] fields, boolean tagged) {
      if (fields.length < 2) {
        throw new IllegalArgumentException("expected word<TAB>valence");
      }
      String word = fields[0].strip().toLowerCase(Locale.ROOT);
      if (word.isEmpty() || word.chars().anyMatch(Character::isWhitespace)) {
        return; // multi-word entries belong in idioms.tsv
      }
      float valence = Float.parseFloat(fields[1].strip());
      if (!(valence >= -4 && valence <= 4)) {
        throw new IllegalArgumentException("valence " + fields[1] + " is outside -4..4");
      }
      valences.put(word, valence);
      if (tagged && fields.length > 2 && !fields[2].isBlank()) {
        tags.put(word, fields[2].strip().toLowerCase(Locale.ROOT));
      }
    }
  }
}
