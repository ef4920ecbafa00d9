package com.sentimenttriage.rollout;

import java.util.function.DoubleSupplier;

/** Draws whether one automated escalation is audited. The random source is injected so tests can pin it. */
public final class AuditSampler {

  private final DoubleSupplier random;

  /** @param random values uniformly in [0, 1) */
  public AuditSampler(DoubleSupplier random) {
    this.random = random;
  }

  public boolean sample(double share) {
    return share >= 1.0 || (share > 0.0 && random.getAsDouble() < share);
  }
}
