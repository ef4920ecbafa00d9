package com.sentimenttriage.recall;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** A simple random sample without replacement. Engine-free; the same population and seed give the same sample. */
public final class RecallSample {

  private RecallSample() {
  }

  /** Up to {@code size} of the keys; sorted first, so the sample depends on the random numbers only, not on order. */
  public static List<String> of(List<String> population, int size, Random random) {
    List<String> keys = new ArrayList<>(population);
    Collections.sort(keys);
    Collections.shuffle(keys, random);
    return List.copyOf(keys.subList(0, Math.min(Math.max(size, 0), keys.size())));
  }
}
