package com.sentimenttriage.scoring.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.PorterStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * A language the scorer can analyze, with what its analysis chain needs: the Snowball stemmer, the elided
 * articles ("l'", "dell'") and whether accents are folded.
 *
 * <p>English keeps the Porter stemmer and no folding, exactly as before languages existed, so English scores do
 * not move. Every other language folds accents on term and stem ("réponse" = "reponse"), because customers often
 * type without them; its stemmer still sees the accents, which Snowball's rules are written for.
 *
 * <p>Whether a language is supported is a data question: its directory {@code scoring/<code>/} holds a
 * {@code lexicon.tsv} (see {@link #isSupported()}).
 */
public enum Language {
  ENGLISH("en", "English", PorterStemmer::new, null),
  GERMAN("de", "German", GermanStemmer::new, null),
  SPANISH("es", "Spanish", SpanishStemmer::new, null),
  FRENCH("fr", "French", FrenchStemmer::new, FrenchAnalyzer.DEFAULT_ARTICLES),
  PORTUGUESE("pt", "Portuguese", PortugueseStemmer::new, null),
  ITALIAN("it", "Italian", ItalianStemmer::new, Elisions.ITALIAN),
  DUTCH("nl", "Dutch", DutchStemmer::new, null);

  /**
   * French "n'" is the negation "ne" with its vowel elided ("n'est pas" = "ne ... pas"). Lucene's ElisionFilter
   * would drop it like an article; the analysis chain instead turns it into the token {@code ne}, so one modifier
   * entry "ne" serves both "je ne sais pas" and "ce n'est pas". Italian has no negating elision ("non" is never
   * elided).
   */
  static final String NEGATING_ELISION = "n'";

  static final String NEGATING_ELISION_TOKEN = "ne";

  private final String code;
  private final String displayName;
  private final Supplier<SnowballStemmer> stemmer;
  private final CharArraySet elidedArticles;

  Language(String code, String displayName, Supplier<SnowballStemmer> stemmer, CharArraySet elidedArticles) {
    this.code = code;
    this.displayName = displayName;
    this.stemmer = stemmer;
    this.elidedArticles = elidedArticles;
  }

  /** ISO 639-1, lower case: "de". */
  public String code() {
    return code;
  }

  /** The English name, as explanations and dashboards show it: "German". */
  public String displayName() {
    return displayName;
  }

  /**
   * The language of an ISO 639-1 code, in any case, or of a locale tag whose language part is one ("de-CH",
   * "pt_BR").
   *
   * @throws IllegalArgumentException for anything else; the message lists the codes
   */
  public static Language fromCode(String code) {
    return find(code).orElseThrow(() -> new IllegalArgumentException(
        "unknown language '" + code + "', expected one of " + codes()));
  }

  /** As {@link #fromCode(String)}, empty instead of an exception (for hints such as a helpdesk locale). */
  public static Optional<Language> find(String codeOrLocale) {
    if (codeOrLocale == null) {
      return Optional.empty();
    }
    String tag = codeOrLocale.strip().replace('_', '-');
    String language = Locale.forLanguageTag(tag).getLanguage();
    return Arrays.stream(values()).filter(l -> l.code.equals(language)).findFirst();
  }

  /** All codes, in declaration order: "en, de, es, fr, pt, it, nl". */
  public static String codes() {
    return String.join(", ", Arrays.stream(values()).map(Language::code).toList());
  }

  /** Whether the scorer has data for this language; English always has. */
  public boolean isSupported() {
    return hasLexicon(resourceDirectory());
  }

  /** Whether {@code directory} (a classpath folder ending in "/") holds a lexicon: that is what makes a language. */
  static boolean hasLexicon(String directory) {
    return Language.class.getClassLoader().getResource(directory + Lexicon.FILE) != null;
  }

  /** Where this language's data files are: {@code scoring/} for English, {@code scoring/<code>/} for the others. */
  String resourceDirectory() {
    return this == ENGLISH ? "scoring/" : "scoring/" + code + "/";
  }

  SnowballStemmer newStemmer() {
    return stemmer.get();
  }

  /** The articles Lucene's ElisionFilter drops ("l'avion" → "avion"), or null for a language without elision. */
  CharArraySet elidedArticles() {
    return elidedArticles;
  }

  /** Whether "n'" is split off as the token {@link #NEGATING_ELISION_TOKEN}. */
  boolean splitsNegatingElision() {
    return this == FRENCH;
  }

  /** Whether terms and stems are folded to ASCII. */
  boolean foldsAccents() {
    return this != ENGLISH;
  }

  /**
   * A lower-case data-file word in the form the analysis chain gives it: accents folded, and a French "n'" written
   * on its own is the token "ne". For English the word itself.
   */
  String normalize(String word) {
    if (splitsNegatingElision() && word.equals(NEGATING_ELISION)) {
      return NEGATING_ELISION_TOKEN;
    }
    return fold(word);
  }

  /** {@code text} with its accents folded to ASCII when this language folds them; as it is otherwise. */
  String fold(String text) {
    if (!foldsAccents() || text.chars().allMatch(c -> c < 128)) {
      return text;
    }
    char[] output = new char[4 * text.length()]; // the most one char can fold to ("ﬄ" → "ffl") plus room
    int length = ASCIIFoldingFilter.foldToASCII(text.toCharArray(), 0, output, 0, text.length());
    return new String(output, 0, length);
  }

  /** ItalianAnalyzer's elision set is private, so its articles are written out here. */
  private static final class Elisions {
    static final CharArraySet ITALIAN = CharArraySet.unmodifiableSet(new CharArraySet(List.of(
        "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl",
        "un", "m", "t", "s", "v", "d"), true));
  }
}
