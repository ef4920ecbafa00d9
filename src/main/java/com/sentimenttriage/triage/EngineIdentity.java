package com.sentimenttriage.triage;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Reads the engine's data on its own behalf, for lookups no user's authorizations should narrow. */
public final class EngineIdentity {

  private EngineIdentity() {
  }

  /**
   * Runs {@code read} as the engine itself: with authorization on, a query made while the thread runs as a user
   * only sees what that user may read (a supervisor may read no users, groups or decision definitions). The
   * caller's authentication is restored afterwards.
   */
  public static <T> T asEngine(IdentityService identityService, Supplier<T> read) {
    Authentication current = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return read.get();
    } finally {
      if (current != null) {
        identityService.setAuthentication(current);
      }
    }
  }
}
