package com.sentimenttriage.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** What a page may offer the signed-in user, decided by the same authorities {@link ApiSecurity} checks. */
public final class SignedInUser {

  private SignedInUser() {
  }

  /**
   * A member of process-admins: may change rollout stages ({@code POST /api/rollout/**}) and start the processes
   * only they may start (drift monitoring, the recall audit: candidateStarterGroups in their models).
   */
  public static boolean isProcessAdmin(Authentication authentication) {
    return authentication != null && authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .anyMatch(ApiSecurity.PROCESS_ADMINS::equals);
  }
}
