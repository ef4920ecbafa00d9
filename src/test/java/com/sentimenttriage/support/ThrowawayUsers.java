package com.sentimenttriage.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Camunda users a test creates for itself and removes afterwards. Wrong passwords slow down the user they are tried
 * on (Camunda's login throttling), so tests that try them must not use the demo users other tests sign in as.
 */
public final class ThrowawayUsers {

  private final IdentityService identityService;
  private final List<String> created = new ArrayList<>();

  public ThrowawayUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** A new user {@code <name>-<random>} with {@code password}, member of {@code groups}; returns its id. */
  public String create(String name, String password, String... groups) {
    String id = name + "-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(id);
    user.setPassword(password);
    identityService.saveUser(user);
    created.add(id);
    for (String group : groups) {
      identityService.createMembership(id, group);
    }
    return id;
  }

  public void deleteAll() {
    created.forEach(identityService::deleteUser);
    created.clear();
  }
}
