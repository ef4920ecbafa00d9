package com.sentimenttriage.scoring.engine;

/**
 * One thing that moved the score, for supervisors who ask "why is this ticket red?".
 *
 * @param phrase the words (or signal) as seen after normalization, e.g. {@code "not bad"} or {@code "!!!"}
 * @param weight its signed contribution in lexicon valence units (-4..4 scale, after negation, intensifiers
 *     and contrast); 0 for notes that explain the confidence rather than the polarity
 */
public record Evidence(String phrase, double weight) {}
