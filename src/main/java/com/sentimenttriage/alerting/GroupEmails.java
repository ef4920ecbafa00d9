package com.sentimenttriage.alerting;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The e-mail addresses of a Camunda group's members, for mails to a role rather than a person. */
@Component
public class GroupEmails {

  private final IdentityService identityService;

  public GroupEmails(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Members without an address are left out; an empty list means nobody can be told. */
  public List<String> of(String groupId) {
    return identityService.createUserQuery().memberOfGroup(groupId).list().stream()
        .map(User::getEmail)
        .filter(Objects::nonNull)
        .filter(email -> !email.isBlank())
        .toList();
  }
}
