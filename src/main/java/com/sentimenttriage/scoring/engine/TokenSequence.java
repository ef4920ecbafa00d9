package com.sentimenttriage.scoring.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A text after {@link SentimentAnalyzer}: parallel arrays indexed by token position, so the rules can look
 * back and ahead cheaply. {@code terms} are lower-cased as written, {@code stems} their Porter stems
 * (from {@link StemAttribute}; equal to the term for anything but words).
 */
final class TokenSequence {
  final int size;
  final String[] terms;
  final String[] stems;
  final String[] types;
  final int[] flags;
  /** Where each token stands in {@link #text}, so an explanation can quote the text as written. */
  final int[] starts;
  final int[] ends;
  final String text;

  private TokenSequence(int size, String[] terms, String[] stems, String[] types, int[] flags, int[] starts,
      int[] ends, String text) {
    this.size = size;
    this.terms = terms;
    this.stems = stems;
    this.types = types;
    this.flags = flags;
    this.starts = starts;
    this.ends = ends;
    this.text = text;
  }

  /** The text from token {@code from} to token {@code to} as written, white space collapsed. */
  String quote(int from, int to) {
    return text.substring(starts[from], ends[to]).replaceAll("\\s+", " ");
  }

  static TokenSequence analyze(Analyzer analyzer, String text) {
    int capacity = 16;
    String[] terms = new String[capacity];
    String[] stems = new String[capacity];
    String[] types = new String[capacity];
    int[] flags = new int[capacity];
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    int n = 0;
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      FlagsAttribute flag = stream.addAttribute(FlagsAttribute.class);
      StemAttribute stem = stream.addAttribute(StemAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (n == capacity) {
          capacity *= 2;
          terms = Arrays.copyOf(terms, capacity);
          stems = Arrays.copyOf(stems, capacity);
          types = Arrays.copyOf(types, capacity);
          flags = Arrays.copyOf(flags, capacity);
          starts = Arrays.copyOf(starts, capacity);
          ends = Arrays.copyOf(ends, capacity);
        }
        terms[n] = stem.term();
        stems[n] = stem.stem();
        types[n] = type.type();
        flags[n] = flag.getFlags();
        starts[n] = offset.startOffset();
        ends[n] = offset.endOffset();
        n++;
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Analyzing in-memory text cannot fail", e);
    }
    return new TokenSequence(n, terms, stems, types, flags, starts, ends, text);
  }

  boolean isWord(int i) {
    return SentimentTokenizer.WORD.equals(types[i]);
  }

  boolean hasFlag(int i, int flag) {
    return (flags[i] & flag) != 0;
  }
}
