package com.sentimenttriage.security;

import com.sentimenttriage.triage.EngineIdentity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
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
    if (signedInToWebapps(request, engine, user)) {
      // The filter asks on every call the webapps make; the user was looked up when the webapps' session began,
      // and Camunda's own authentication filter re-checks it when its cache time runs out.
      return AuthenticationResult.successful(user);
    }
    IdentityService identity = engine.getIdentityService();
    boolean known = EngineIdentity.asEngine(identity,
        () -> identity.createUserQuery().userId(user).count() == 1);
    return known ? AuthenticationResult.successful(user) : AuthenticationResult.unsuccessful(user);
  }

  private static boolean signedInToWebapps(HttpServletRequest request, ProcessEngine engine, String user) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return false;
    }
    org.camunda.bpm.webapp.impl.security.auth.Authentication webapps =
        AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engine.getName());
    return webapps != null && user.equals(webapps.getIdentityId());
  }

  /** Spring Security has already sent people who are not signed in to the login page or answered 401. */
  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    // no challenge of its own
  }
}
