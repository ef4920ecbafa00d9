package com.sentimenttriage.followthrough;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who a CS owner is in Tasklist: the member of {@code cs-owners} whose e-mail is the account's CS owner's e-mail.
 * The account (tables or CRM) names the owner by e-mail; Camunda's identity service (demo users, the Admin webapp or
 * LDAP) holds the users, so neither needs the other's ids.
 */
@Component
public class CsOwners {

  private final IdentityService identity;

  public CsOwners(IdentityService identity) {
    this.identity = identity;
  }

  public Optional<String> userIdOf(String csOwnerEmail) {
    if (csOwnerEmail == null || csOwnerEmail.isBlank()) {
      return Optional.empty();
    }
    return identity.createUserQuery().userEmail(csOwnerEmail.strip())
        .memberOfGroup(CsFollowThroughProcess.Groups.CS_OWNERS).list().stream().findFirst().map(User::getId);
  }
}
