package com.sentimenttriage.scoring.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rule pass over an analyzed text. Each sentiment-bearing unit (a lexicon word, an emoticon, an idiom,
 * a support-prose pattern) gets a valence on the lexicon's -4..4 scale, adjusted by what precedes it
 * within {@link #SCOPE} tokens of the same clause:
 *
 * <ol>
 *   <li>boosters and dampeners add or remove intensity, less the farther away they are;
 *   <li>a negator flips the valence and weakens it ("not good" is milder than "bad"); a postposed negator
 *       ({@code negator-after}: German "gefällt mir nicht") does the same to the nearest word within
 *       {@link #AFTER_SCOPE} tokens before it, once: a word already negated from before is not flipped again ("ce
 *       n'est pas bon"), and a negator that negated a word after it does not also look back ("leider nicht gut");
 *   <li>ALL-CAPS and stretched letters add intensity (unless the whole text is in capitals);
 *   <li>after a contrast word ("but") units count 1.5 times and before it half, because the clause after
 *       "but" carries the writer's point;
 *   <li>"!" and "??" add intensity to the overall direction.
 * </ol>
 *
 * Then a complaint trigger of the taxonomy counts where no lexicon word spoke for it (but not in a calm
 * question), and a sarcastic frame ("Great… just great") replaces the praise of its words.
 *
 * The sum is squashed into [-1, 1] by {@code x / sqrt(x² + 15)}, which keeps one strong word well below the
 * extremes while several agreeing words approach them. The constants follow the empirically derived values
 * published by Hutto and Gilbert (VADER, ICWSM 2014) for these effects.
 */
final class PolarityCalculator {
  static final int SCOPE = 3;
  /** How far back a postposed negator reaches: "funktioniert nicht", "gefällt mir nicht". */
  static final int AFTER_SCOPE = 2;
  static final float NEGATION_SCALAR = -0.74f;
  static final float CAPS_INCREMENT = 0.733f;
  static final float STRETCH_INCREMENT = 0.3f;
  static final float CONTRAST_BEFORE = 0.5f;
  static final float CONTRAST_AFTER = 1.5f;
  static final float EXCLAMATION_INCREMENT = 0.292f;
  static final int MAX_EXCLAMATIONS = 4;
  static final float QUESTION_INCREMENT = 0.18f;
  static final float MAX_QUESTION_EMPHASIS = 0.96f;
  static final double NORMALIZATION_ALPHA = 15;
  /** Words that open a question; "why" is not among them, it complains (see inCalmQuestion). */
  private static final Set<String> QUESTION_WORDS = Set.of("what", "which", "how", "where", "when", "who",
      "whom", "whose", "is", "are", "am", "was", "were", "do", "does", "did", "can", "could", "will", "would",
      "should", "shall", "may", "might", "has", "have", "had", "any");
  /** The lexicon tag of a word that is an acronym without a mood when written in capitals. */
  private static final String ACRONYM = "acronym";
  /** Words that make a request, after which "thanks a lot" signs off politely. */
  private static final Set<String> REQUESTS = Set.of("please", "pls", "plz", "kindly");
  /** Evidence is for people; a 1 MB text must not produce a 1 MB explanation. */
  static final int MAX_EVIDENCE = 12;

  /** Data-file tags (lower case, as the loaders store them) to emotions: one map lookup per tagged unit. */
  private static final Map<String, Emotion> EMOTION_TAGS = Arrays.stream(Emotion.values())
      .collect(Collectors.toUnmodifiableMap(e -> e.name().toLowerCase(Locale.ROOT), e -> e));

  private final ScoringResources resources;

  PolarityCalculator(ScoringResources resources) {
    this.resources = resources;
  }

  ScoringResources resources() {
    return resources;
  }

  /** What the rule pass found in one text. */
  static final class Result {
    double polarity;
    int units;
    int exclamations;
    int questions;
    int shoutedWords;
    int supportFrustration;
    boolean urgentCue;
    int words;
    int knownWords;
    int nonLatinWords;
    String nonLatinScript;
    final double[] emotionTally = new double[Emotion.values().length];
    final List<Evidence> evidence = new ArrayList<>();
    /** Taxonomy triggers found, in text order, for {@link Taxonomy#topics}. */
    final List<PhraseMatcher.Phrase<Taxonomy.Trigger>> triggers = new ArrayList<>(4);
  }

  Result compute(TokenSequence tokens, String[] topicStems) {
    Result result = new Result();
    int n = tokens.size;
    float[] valence = new float[n];
    int[] unitStart = new int[n];
    boolean[] unit = new boolean[n];
    boolean[] consumed = new boolean[n];
    Modifiers.Modifier[] modifierAt = new Modifiers.Modifier[n];
    boolean[] negator = new boolean[n];
    // For postposed negators: where they are, which words are single lexicon words, which are already negated,
    // and which negators negated a word after them.
    boolean[] afterNegator = new boolean[n];
    boolean[] lexiconWord = new boolean[n];
    boolean[] negated = new boolean[n];
    boolean[] usedAsNegator = new boolean[n];
    boolean shouting = isShouting(tokens);
    int contrastAt = -1;

    for (int i = 0; i < n; i++) {
      // Types are the tokenizer's String constants, carried unchanged by the filters: == is exact here.
      String type = tokens.types[i];
      if (type == SentimentTokenizer.EXCLAMATION || type == SentimentTokenizer.QUESTION) {
        countPunctuation(tokens.terms[i], result);
        continue;
      }
      if (type == SentimentTokenizer.EMOTICON || type == SentimentTokenizer.EMOJI) {
        float v = resources.lexicon.valence(tokens.terms[i], tokens.terms[i]);
        if (v == v && v != 0) {
          valence[i] = v;
          unit[i] = true;
          unitStart[i] = i;
          tally(result, resources.lexicon.tag(tokens.terms[i], tokens.terms[i]), v);
        }
        continue;
      }
      if (type != SentimentTokenizer.WORD) {
        continue;
      }
      // Each token is looked up once; the rules below and the scope scan reuse the answers.
      String term = tokens.terms[i];
      Modifiers.Modifier modifier = resources.modifiers.word(term);
      negator[i] = Modifiers.isNegator(term, modifier);
      float v = modifier != null ? Float.NaN : resources.lexicon.valence(term, tokens.stems[i]);
      if (v == v && v != 0 && tokens.hasFlag(i, EmphasisFilter.ALL_CAPS)
          && ACRONYM.equals(resources.lexicon.tag(term, tokens.stems[i]))) {
        v = 0; // "POS" is point of sale, not the insult "pos"
      }
      countWord(tokens, i, modifier != null || v == v, result);
      PhraseMatcher.Phrase<Float> idiom = resources.idioms.longestAt(tokens.stems, i, n);
      if (idiom != null) {
        i = markPhrase(i, idiom.tokens().length, idiom.value(), valence, unit, unitStart, consumed);
        continue;
      }
      PhraseMatcher.Phrase<ScoringResources.SupportPattern> support =
          resources.supportPatterns.longestAt(topicStems, i, n);
      if (support != null) {
        result.supportFrustration += support.value().frustration();
        tally(result, support.value().tag(), support.value().valence());
        i = markPhrase(i, support.tokens().length, support.value().valence(), valence, unit, unitStart, consumed);
        continue;
      }
      PhraseMatcher.Phrase<Modifiers.Modifier> modifierPhrase = resources.modifierPhrases.longestAt(tokens.terms, i, n);
      if (modifierPhrase != null) {
        int last = i + modifierPhrase.tokens().length - 1;
        for (int k = i; k <= last; k++) {
          consumed[k] = true;
        }
        modifierAt[last] = modifierPhrase.value();
        afterNegator[last] = modifierPhrase.value().kind() == Modifiers.Kind.NEGATOR_AFTER;
        unitStart[last] = i;
        i = last;
        continue;
      }
      if (modifier != null || negator[i]) {
        modifierAt[i] = modifier;
        afterNegator[i] = resources.modifiers.negatesBefore(term);
        if (modifier != null && modifier.kind() == Modifiers.Kind.CONTRAST && contrastAt < 0) {
          contrastAt = i;
        }
        continue;
      }
      if (v != v || v == 0) {
        continue;
      }
      tally(result, resources.lexicon.tag(term, tokens.stems[i]), v);
      valence[i] = adjust(tokens, i, v, shouting, modifierAt, negator, consumed, unitStart, negated, usedAsNegator);
      unit[i] = true;
      lexiconWord[i] = true;
    }
    negateBefore(tokens, afterNegator, usedAsNegator, lexiconWord, negated, modifierAt, consumed, valence, unit,
        unitStart);

    addComplaintTriggers(tokens, topicStems, valence, unit, unitStart, result);
    applySarcasm(tokens, valence, unit, unitStart, modifierAt, result);

    double sum = 0;
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!unit[i]) {
        continue;
      }
      float v = valence[i];
      if (contrastAt >= 0) {
        v *= i < contrastAt ? CONTRAST_BEFORE : CONTRAST_AFTER;
      }
      sum += v;
      result.units++;
      // Outside English the explanation quotes the text as written: accents and elisions ("n'est pas bon") are
      // what a reader of that language expects; English keeps its lower-cased terms, as it always has.
      evidence.add(new Evidence(resources.language == Language.ENGLISH ? phrase(tokens, unitStart[i], i)
          : tokens.quote(unitStart[i], i), round(v)));
    }
    double emphasis = punctuationEmphasis(result);
    if (sum != 0 && emphasis > 0) {
      double signed = Math.copySign(emphasis, sum);
      sum += signed;
      String marks = result.exclamations > 0 ? "!".repeat(Math.min(result.exclamations, MAX_EXCLAMATIONS)) : "??";
      evidence.add(new Evidence(marks, round(signed)));
    }
    evidence.sort((a, b) -> Double.compare(Math.abs(b.weight()), Math.abs(a.weight())));
    result.evidence.addAll(evidence.subList(0, Math.min(MAX_EVIDENCE, evidence.size())));
    double polarity = sum / Math.sqrt(sum * sum + NORMALIZATION_ALPHA);
    result.polarity = Math.max(-1, Math.min(1, polarity));
    return result;
  }

  /**
   * Finds the taxonomy triggers. A trigger such as "webhook not firing" is a complaint even when no word of
   * it is in the lexicon; its valence counts only then, so "export is broken" is not counted twice, and not in
   * a calm question ("What is the rate limit for the reports API?"): the topic is still found, and its risk
   * raises the stakes of a frustrated ticket, but asking about a topic is no complaint.
   */
  private void addComplaintTriggers(
      TokenSequence tokens,
      String[] topicStems,
      float[] valence,
      boolean[] unit,
      int[] unitStart,
      Result result) {
    for (int i = 0; i < tokens.size; i++) {
      PhraseMatcher.Phrase<Taxonomy.Trigger> trigger = resources.taxonomy.triggerAt(topicStems, i, tokens.size);
      if (trigger == null) {
        continue;
      }
      result.triggers.add(trigger);
      int last = i + trigger.tokens().length - 1;
      boolean scored = false;
      for (int k = i; k <= last && !scored; k++) {
        scored = unit[k];
      }
      if (!scored && trigger.value().valence() != 0 && !inCalmQuestion(tokens, i, last)) {
        valence[last] = trigger.value().valence();
        unit[last] = true;
        unitStart[last] = i;
      }
      i = last;
    }
  }

  /**
   * True when the words {@code first..last} stand in a question asked calmly: the sentence ends in a single "?"
   * and an interrogative ("what", "how", "is", "can"...) comes before them, and it is not a "why" (or "how
   * come"), which in a support ticket is a complaint asked as a question.
   */
  private static boolean inCalmQuestion(TokenSequence tokens, int first, int last) {
    int end = last + 1;
    while (end < tokens.size && !endsSentence(tokens, end)) {
      end++;
    }
    if (end >= tokens.size || !tokens.terms[end].equals("?")) {
      return false;
    }
    int start = first;
    while (start > 0 && !endsSentence(tokens, start - 1)) {
      start--;
    }
    boolean asked = false;
    for (int k = start; k < end; k++) {
      if (!tokens.isWord(k)) {
        continue;
      }
      String word = tokens.terms[k];
      if (word.equals("why") || word.equals("how") && k + 1 < end && tokens.terms[k + 1].equals("come")) {
        return false;
      }
      asked |= k < first && QUESTION_WORDS.contains(word);
    }
    return asked;
  }

  /** "." (also a line break), ";", "!" and "?" end a sentence; "," and ":" do not. */
  private static boolean endsSentence(TokenSequence tokens, int i) {
    String type = tokens.types[i];
    return type == SentimentTokenizer.EXCLAMATION || type == SentimentTokenizer.QUESTION
        || type == SentimentTokenizer.BREAK && (tokens.terms[i].equals(".") || tokens.terms[i].equals(";"));
  }

  /**
   * Sarcastic frames ({@link SarcasmFrames}) replace the valences of their words, once every other unit is
   * known: "Great… just great." is sarcastic anywhere; "Oh great" and "thanks a lot" only with a complaint in
   * their sentence or the one before or after, with no "but" in between (which marks praise and complaint as
   * meant both: "Great support, but the export fails").
   */
  private void applySarcasm(TokenSequence tokens, float[] valence, boolean[] unit, int[] unitStart,
      Modifiers.Modifier[] modifierAt, Result result) {
    List<SarcasmFrames.Match> frames = resources.sarcasm.find(tokens);
    if (frames.isEmpty()) {
      return;
    }
    int[] sentence = new int[tokens.size];
    for (int i = 0, s = 0; i < tokens.size; i++) {
      sentence[i] = s;
      if (endsSentence(tokens, i)) {
        s++;
      }
    }
    for (SarcasmFrames.Match match : frames) {
      SarcasmFrames.Frame frame = match.frame();
      if (frame.when() == SarcasmFrames.When.COMPLAINT
          && !complaintNear(match, tokens.size, valence, unit, modifierAt, sentence)) {
        continue;
      }
      if (frame.notAfterRequest() && requestBefore(match, tokens, sentence)) {
        continue;
      }
      for (int k = match.first(); k <= match.last(); k++) {
        unit[k] = false;
      }
      valence[match.last()] = frame.valence();
      unit[match.last()] = true;
      unitStart[match.last()] = match.first();
      tally(result, "frustration", frame.valence());
    }
  }

  private static boolean complaintNear(SarcasmFrames.Match match, int size, float[] valence, boolean[] unit,
      Modifiers.Modifier[] modifierAt, int[] sentence) {
    int from = sentence[match.first()] - 1;
    int to = sentence[match.last()] + 1;
    for (int u = 0; u < size; u++) {
      boolean outside = u < match.first() || u > match.last();
      if (outside && unit[u] && valence[u] < 0 && sentence[u] >= from && sentence[u] <= to
          && !contrastBetween(modifierAt, Math.min(u, match.first()), Math.max(u, match.last()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean contrastBetween(Modifiers.Modifier[] modifierAt, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (modifierAt[k] != null && modifierAt[k].kind() == Modifiers.Kind.CONTRAST) {
        return true;
      }
    }
    return false;
  }

  /** A question or "please" in the frame's sentence before it, or in the sentence before: a polite sign-off. */
  private static boolean requestBefore(SarcasmFrames.Match match, TokenSequence tokens, int[] sentence) {
    int from = sentence[match.first()] - 1;
    for (int k = match.first() - 1; k >= 0 && sentence[k] >= from; k--) {
      if (tokens.types[k] == SentimentTokenizer.QUESTION || tokens.isWord(k) && REQUESTS.contains(tokens.terms[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Postposed negators flip the nearest sentiment word within {@link #AFTER_SCOPE} words before them in the same
   * clause. The flipped unit moves onto the negator, so it reads "gefällt mir nicht" in the explanation (a unit
   * sits at its last token, as idioms do). Only single lexicon words are flipped: an idiom or support pattern
   * already says what it means.
   */
  private static void negateBefore(TokenSequence tokens, boolean[] afterNegator, boolean[] usedAsNegator,
      boolean[] lexiconWord, boolean[] negated, Modifiers.Modifier[] modifierAt, boolean[] consumed, float[] valence,
      boolean[] unit, int[] unitStart) {
    for (int k = 0; k < tokens.size; k++) {
      if (!afterNegator[k] || usedAsNegator[k]) {
        continue;
      }
      int first = consumed[k] ? unitStart[k] : k; // a multi-word negator-after looks back from its first word
      for (int j = first - 1; j >= 0 && j >= first - AFTER_SCOPE; j--) {
        if (tokens.types[j] != SentimentTokenizer.WORD
            || modifierAt[j] != null && modifierAt[j].kind() == Modifiers.Kind.CONTRAST) {
          break;
        }
        if (unit[j]) {
          if (lexiconWord[j] && !negated[j]) {
            valence[k] = valence[j] * NEGATION_SCALAR;
            unit[k] = true;
            unitStart[k] = unitStart[j];
            negated[k] = true;
            unit[j] = false;
          }
          break;
        }
      }
    }
  }

  /** Applies boosters, dampeners, negation and emphasis found in the scope before position {@code i}. */
  private float adjust(
      TokenSequence tokens,
      int i,
      float v,
      boolean shouting,
      Modifiers.Modifier[] modifierAt,
      boolean[] negator,
      boolean[] consumed,
      int[] unitStart,
      boolean[] negatedAt,
      boolean[] usedAsNegator) {
    float sign = Math.signum(v);
    float adjusted = v;
    if (!shouting && tokens.hasFlag(i, EmphasisFilter.ALL_CAPS)) {
      adjusted += sign * CAPS_INCREMENT;
    }
    if (tokens.hasFlag(i, EmphasisFilter.ELONGATED)) {
      adjusted += sign * STRETCH_INCREMENT;
    }
    boolean negated = false;
    int start = i;
    for (int distance = 1; distance <= SCOPE && i - distance >= 0; distance++) {
      int j = i - distance;
      if (tokens.types[j] != SentimentTokenizer.WORD) {
        break; // a sentence break, "!" or an emoticon ends the scope
      }
      Modifiers.Modifier modifier = modifierAt[j];
      if (modifier != null && modifier.kind() == Modifiers.Kind.CONTRAST) {
        break;
      }
      // Farther modifiers matter less: 1, 0.95, 0.9.
      float decay = 1f - 0.05f * (distance - 1);
      if (modifier != null && modifier.kind() == Modifiers.Kind.BOOSTER) {
        float boost = modifier.value() + (!shouting && tokens.hasFlag(j, EmphasisFilter.ALL_CAPS) ? CAPS_INCREMENT : 0);
        adjusted += sign * boost * decay;
        start = Math.min(start, consumed[j] ? unitStart[j] : j);
      } else if (modifier != null && modifier.kind() == Modifiers.Kind.DAMPENER) {
        adjusted -= sign * modifier.value() * decay;
        start = Math.min(start, consumed[j] ? unitStart[j] : j);
      } else if (!consumed[j] && negator[j]) {
        negated = true;
        usedAsNegator[j] = true;
        start = Math.min(start, j);
      }
    }
    if (Math.signum(adjusted) != sign) {
      adjusted = 0; // a dampener can weaken a word, never turn it around
    }
    unitStart[i] = start;
    negatedAt[i] = negated;
    return negated ? adjusted * NEGATION_SCALAR : adjusted;
  }

  private static int markPhrase(
      int i, int length, float v, float[] valence, boolean[] unit, int[] unitStart, boolean[] consumed) {
    int last = i + length - 1;
    for (int k = i; k <= last; k++) {
      consumed[k] = true;
    }
    valence[last] = v;
    unit[last] = v != 0;
    unitStart[last] = i;
    return last;
  }

  /** True when nearly every word is in capitals: then capitals are the writer's habit, not emphasis. */
  private static boolean isShouting(TokenSequence tokens) {
    int words = 0;
    int caps = 0;
    for (int i = 0; i < tokens.size; i++) {
      if (tokens.isWord(i)) {
        words++;
        if (tokens.hasFlag(i, EmphasisFilter.ALL_CAPS)) {
          caps++;
        }
      }
    }
    return words > 0 && caps == words;
  }

  private static void countWord(TokenSequence tokens, int i, boolean known, Result result) {
    result.words++;
    if (tokens.hasFlag(i, EmphasisFilter.ALL_CAPS)) {
      result.shoutedWords++;
    }
    String term = tokens.terms[i];
    if (known) {
      result.knownWords++;
    }
    int first = term.codePointAt(0);
    if (Character.isLetter(first)) {
      Character.UnicodeScript script = Character.UnicodeScript.of(first);
      if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON) {
        result.nonLatinWords++;
        result.nonLatinScript = script.name();
      }
    }
  }

  private static void countPunctuation(String term, Result result) {
    for (int k = 0; k < term.length(); k++) {
      if (term.charAt(k) == '!') {
        result.exclamations++;
      } else {
        result.questions++;
      }
    }
  }

  private static double punctuationEmphasis(Result result) {
    double emphasis = Math.min(result.exclamations, MAX_EXCLAMATIONS) * EXCLAMATION_INCREMENT;
    if (result.questions > 1) {
      // Up to "???" each mark adds; beyond that the writer is simply exasperated, a fixed maximum.
      emphasis += result.questions <= 3 ? result.questions * QUESTION_INCREMENT : MAX_QUESTION_EMPHASIS;
    }
    return emphasis;
  }

  private static void tally(Result result, String tag, float v) {
    if (tag == null) {
      return;
    }
    if (tag.equals("urgent")) {
      result.urgentCue = true;
      return;
    }
    Emotion emotion = EMOTION_TAGS.get(tag);
    if (emotion != null) {
      result.emotionTally[emotion.ordinal()] += Math.abs(v);
    }
  }

  private static String phrase(TokenSequence tokens, int from, int to) {
    if (from == to) {
      return tokens.terms[to];
    }
    StringBuilder phrase = new StringBuilder();
    for (int k = from; k <= to; k++) {
      if (SarcasmFrames.isPunctuation(tokens.types[k])) {
        continue; // only a sarcastic frame spans punctuation: "great just great" for "Great... just great"
      }
      if (phrase.length() > 0) {
        phrase.append(' ');
      }
      phrase.append(tokens.terms[k]);
    }
    return phrase.toString();
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
