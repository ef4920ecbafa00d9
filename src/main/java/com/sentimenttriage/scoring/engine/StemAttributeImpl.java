package com.sentimenttriage.scoring.engine;

import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** Default implementation of {@link StemAttribute}, found by Lucene's naming convention. */
public final class StemAttributeImpl extends AttributeImpl implements StemAttribute {
  private char[] buffer = new char[16];
  private int length;

  @Override
  public void setStem(char[] source, int offset, int length) {
    if (buffer.length < length) {
      buffer = ArrayUtil.grow(buffer, length);
    }
    System.arraycopy(source, offset, buffer, 0, length);
    this.length = length;
  }

  @Override
  public char[] stemBuffer() {
    return buffer;
  }

  @Override
  public int stemLength() {
    return length;
  }

  @Override
  public void clear() {
    length = 0;
  }

  @Override
  public void copyTo(AttributeImpl target) {
    ((StemAttribute) target).setStem(buffer, 0, length);
  }

  @Override
  public void reflectWith(AttributeReflector reflector) {
    reflector.reflect(StemAttribute.class, "stem", new String(buffer, 0, length));
  }
}
