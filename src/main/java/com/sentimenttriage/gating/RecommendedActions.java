package com.sentimenttriage.gating;

/**
 * What the CS owner should do for a severity when the gate's rule leaves its recommended action empty. Owned here,
 * where the gate's outputs are written, and provided by whoever holds the wording (the alerts' configuration), so
 * the gate does not depend on alerting.
 */
@FunctionalInterface
public interface RecommendedActions {

  /** The configured action for {@code severity}, or null when there is none. */
  String forSeverity(String severity);
}
