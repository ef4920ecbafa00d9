package com.sentimenttriage.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells Camunda's webapps who signed in to Spring Security, for Camunda's {@code ContainerBasedAuthenticationFilter}
 * ({@link WebappSingleSignOn}). Only the user id crosses over: the webapps read that user's groups, tenants and
 * authorized apps from the engine's identity service and authorizations, as after their own login, and a user
 * who no longer exists there is not let in. The filter creates it by class name, hence public with no arguments.
 */
public class SpringSecurityAuthenticationProvider implements AuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return AuthenticationResult.unsuccessful();
    }
    String user = authentication.getName();
    IdentityService identity = engine.getIdentityService();
    boolean known = CamundaIdentityAuthenticationProvider.asEngine(identity,
        () -> identity.createUserQuery().userId(user).count() == 1);
    return known ? AuthenticationResult.successful(user) : AuthenticationResult.unsuccessful(user);
  }

  /** Spring Security has already sent people who are not signed in to the login page or answered 401. */
  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    // no challenge of its own
  }
}
