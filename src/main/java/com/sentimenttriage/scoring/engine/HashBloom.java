package com.sentimenttriage.scoring.engine;

import java.util.Collection;

/**
 * A one-hash Bloom filter over String hash codes, to skip map lookups that would miss. Most tokens start no
 * phrase and are no modifier, and a String caches its hash code, so asking this first costs one array read
 * instead of a hash-map probe. False positives only cost the lookup that would have happened anyway.
 */
final class HashBloom {
  private static final int BITS = 1 << 16;
  private final long[] words = new long[BITS / 64];

  HashBloom(Collection<String> keys) {
    for (String key : keys) {
      int bit = bit(key);
      words[bit >>> 6] |= 1L << bit;
    }
  }

  boolean mightContain(String key) {
    int bit = bit(key);
    return (words[bit >>> 6] & (1L << bit)) != 0;
  }

  private static int bit(String key) {
    int h = key.hashCode();
    return (h ^ (h >>> 16)) & (BITS - 1);
  }
}
