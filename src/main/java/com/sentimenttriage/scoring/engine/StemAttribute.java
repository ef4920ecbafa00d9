package com.sentimenttriage.scoring.engine;

import org.apache.lucene.util.Attribute;

/** The stem of a word token, kept beside the term as written instead of replacing it. */
public interface StemAttribute extends Attribute {
  /** Sets the stem; an empty stem means "same as the term". */
  void setStem(char[] buffer, int offset, int length);

  char[] stemBuffer();

  int stemLength();
}
