package com.sentimenttriage.scoring.engine;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** Default implementation of {@link StemAttribute}, found by Lucene's naming convention. */
public final class StemAttributeImpl extends AttributeImpl implements StemAttribute {
  private String term;
  private String stem;

  @Override
  public void setForms(String term, String stem) {
    this.term = term;
    this.stem = stem;
  }

  @Override
  public String term() {
    return term;
  }

  @Override
  public String stem() {
    return stem;
  }

  @Override
  public void clear() {
    term = null;
    stem = null;
  }

  @Override
  public void copyTo(AttributeImpl target) {
    ((StemAttribute) target).setForms(term, stem);
  }

  @Override
  public void reflectWith(AttributeReflector reflector) {
    reflector.reflect(StemAttribute.class, "term", term);
    reflector.reflect(StemAttribute.class, "stem", stem);
  }
}
