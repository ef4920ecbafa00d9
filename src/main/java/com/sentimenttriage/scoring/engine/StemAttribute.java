package com.sentimenttriage.scoring.engine;

import org.apache.lucene.util.Attribute;

/**
 * A word's term and stem as Strings, set by {@link StemFilter} beside the term attribute. Both are shared
 * instances from the filter's memo, so consumers get them without allocating, with hash codes already
 * computed for the lexicon lookups that follow.
 */
public interface StemAttribute extends Attribute {
  void setForms(String term, String stem);

  /** The term as written (after lower-casing), or null if the filter has not run. */
  String term();

  /** The Porter stem; the same instance as {@link #term()} when stemming changes nothing. */
  String stem();
}
