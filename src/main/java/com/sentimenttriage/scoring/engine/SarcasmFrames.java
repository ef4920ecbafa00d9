package com.sentimenttriage.scoring.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sarcastic frames from {@code scoring/sarcasm.tsv}: praise that means the opposite ("Great… just great",
 * "Thanks a lot" after a failure, "love how X doesn't work"). A frame's words are matched on stems; where the
 * phrase as written has punctuation ("great... just great", "yeah, right"), the text may have any punctuation
 * or none there, so "Great… Just great." and "Great. Just great!" both match.
 *
 * <p>Each frame says when it is sarcastic: {@link When#ALWAYS}, or only with a {@link When#COMPLAINT complaint}
 * near it, which {@link PolarityCalculator} judges once all other units are known. A frame may also have to end
 * its clause, so "thanks a lot." is a frame and "thanks a lot for the quick fix" is not, and may not follow a
 * request ("Could you check it? Thanks a lot!" is a sign-off).
 */
final class SarcasmFrames {
  static final String FILE = "sarcasm.tsv";

  private static final String ENDS_CLAUSE = "ends-clause";
  private static final String NOT_AFTER_REQUEST = "not-after-request";

  /** Where the phrase has punctuation: any run of punctuation in the text, or none. */
  private static final String GAP = "";

  enum When {
    ALWAYS,
    COMPLAINT
  }

  /** One frame: its stems with {@link #GAP}s, the valence it takes when sarcastic, and its conditions. */
  record Frame(String[] elements, float valence, When when, boolean endsClause, boolean notAfterRequest,
      String text) {}

  /** A frame found in a text: the token positions of its first and last word. */
  record Match(Frame frame, int first, int last) {}

  private final Map<String, List<Frame>> byFirstStem;
  /** Almost no word starts a frame; this skips their map lookups, as in {@link PhraseMatcher}. */
  private final HashBloom firstStems;

  private SarcasmFrames(Map<String, List<Frame>> byFirstStem) {
    this.byFirstStem = byFirstStem;
    this.firstStems = new HashBloom(byFirstStem.keySet());
  }

  /** The frames in {@code directory}; none where {@code optional} and the file is missing. */
  static SarcasmFrames load(PhraseAnalysis analysis, String directory, boolean optional) {
    Map<String, List<Frame>> byFirstStem = new HashMap<>();
    Tsv.readResource(directory + FILE, optional, (line, fields) -> {
      String[] elements = elements(analysis.analyze(fields[0].strip()));
      if (elements.length == 0) {
        throw new IllegalArgumentException("a frame needs a word");
      }
      When when = When.valueOf(fields[2].strip().toUpperCase(Locale.ROOT));
      List<String> conditions = fields.length > 3 ? List.of(fields[3].strip().split(" +")) : List.of();
      for (String condition : conditions) {
        if (!condition.equals(ENDS_CLAUSE) && !condition.equals(NOT_AFTER_REQUEST)) {
          throw new IllegalArgumentException("unknown condition '" + condition + "'");
        }
      }
      byFirstStem.computeIfAbsent(elements[0], k -> new ArrayList<>())
          .add(new Frame(elements, Float.parseFloat(fields[1].strip()), when, conditions.contains(ENDS_CLAUSE),
              conditions.contains(NOT_AFTER_REQUEST), fields[0].strip()));
    });
    // Longest first, so "great... just great" wins over "just great" inside it.
    byFirstStem.values().forEach(frames -> frames.sort((a, b) -> b.elements().length - a.elements().length));
    return new SarcasmFrames(byFirstStem);
  }

  /** Every frame in the text, left to right, not overlapping; the longest wins where several start at a word. */
  List<Match> find(TokenSequence tokens) {
    List<Match> matches = new ArrayList<>(0);
    for (int i = 0; i < tokens.size; i++) {
      if (!tokens.isWord(i) || !firstStems.mightContain(tokens.stems[i])) {
        continue;
      }
      List<Frame> candidates = byFirstStem.get(tokens.stems[i]);
      if (candidates == null) {
        continue;
      }
      for (Frame frame : candidates) {
        int last = lastWordOf(frame, tokens, i);
        if (last >= 0 && (!frame.endsClause() || last + 1 >= tokens.size || !tokens.isWord(last + 1))) {
          matches.add(new Match(frame, i, last));
          i = last;
          break;
        }
      }
    }
    return matches;
  }

  /** The position of the frame's last word when it matches at {@code from}, else -1. */
  private static int lastWordOf(Frame frame, TokenSequence tokens, int from) {
    int p = from;
    int last = -1;
    for (String element : frame.elements()) {
      if (element.equals(GAP)) {
        while (p < tokens.size && isPunctuation(tokens.types[p])) {
          p++;
        }
        continue;
      }
      if (p >= tokens.size || !tokens.isWord(p) || !tokens.stems[p].equals(element)) {
        return -1;
      }
      last = p++;
    }
    return last;
  }

  static boolean isPunctuation(String type) {
    return type == SentimentTokenizer.BREAK || type == SentimentTokenizer.EXCLAMATION
        || type == SentimentTokenizer.QUESTION;
  }

  private static String[] elements(TokenSequence phrase) {
    List<String> elements = new ArrayList<>();
    for (int i = 0; i < phrase.size; i++) {
      if (phrase.isWord(i)) {
        elements.add(phrase.stems[i]);
      } else if (isPunctuation(phrase.types[i]) && !elements.isEmpty()
          && !elements.get(elements.size() - 1).equals(GAP)) {
        elements.add(GAP);
      }
    }
    return elements.toArray(String[]::new);
  }
}
