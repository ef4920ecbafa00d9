package com.sentimenttriage.scoring.engine;

/** Emotions reported per ticket, each with an intensity in [0, 1]. */
public enum Emotion {
  ANGER,
  FRUSTRATION,
  CONFUSION,
  DISAPPOINTMENT,
  DELIGHT
}
