package com.sentimenttriage.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.OnCommittedResponseWrapper;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the webapps' own login form and "Sign out" in step with the shared sign-in ({@link WebappSingleSignOn}).
 * Camunda still checks the password, its CSRF token and its brute-force limits; only once it has answered 200 does
 * this filter follow: after a login, Spring Security is signed in as the user Camunda signed in (Camunda's login
 * starts a new session, which drops whatever Spring Security kept in the old one); after a sign-out, Spring
 * Security is signed out too, so the webapps do not sign the person straight back in. Both happen before the
 * response is committed, so the browser's next request already finds the session in its new state.
 */
final class WebappLoginBridge extends OncePerRequestFilter {

  static final String LOGIN = "/camunda/api/admin/auth/user/{engine}/login/{app}";
  static final String LOGOUT = "/camunda/api/admin/auth/user/{engine}/logout";

  private static final RequestMatcher LOGIN_REQUEST = PathPatternRequestMatcher.withDefaults()
      .matcher(HttpMethod.POST, LOGIN);
  private static final RequestMatcher LOGOUT_REQUEST = PathPatternRequestMatcher.withDefaults()
      .matcher(HttpMethod.POST, LOGOUT);

  private final CamundaIdentityAuthenticationProvider identity;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
  private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

  WebappLoginBridge(CamundaIdentityAuthenticationProvider identity) {
    this.identity = identity;
    // Camunda's sign-out keeps the session (and its CSRF token) and drops its login; this drops Spring's.
    logout.setInvalidateHttpSession(false);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (LOGIN_REQUEST.matches(request)) {
      follow(request, response, chain, () -> signInAsCamundasUser(request, response));
    } else if (LOGOUT_REQUEST.matches(request)) {
      follow(request, response, chain, () -> logout.logout(request, response, null));
    } else {
      chain.doFilter(request, response);
    }
  }

  /** Runs {@code step} once Camunda has answered 200, just before the answer is committed. */
  private static void follow(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
      Runnable step) throws ServletException, IOException {
    Answer answer = new Answer(response, step);
    chain.doFilter(request, answer);
    answer.completed();
  }

  private void signInAsCamundasUser(HttpServletRequest request, HttpServletResponse response) {
    HttpSession session = request.getSession(false);
    String engine = LOGIN_REQUEST.matcher(request).getVariables().get("engine");
    Authentication camunda = session == null ? null
        : AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engine);
    if (camunda == null) {
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(identity.signedIn(camunda.getIdentityId()));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
  }

  /**
   * Camunda's answer, watched until it is committed or complete. An error sent (Camunda's CSRF filter refuses with
   * one) commits before its status is set, hence noted on the way in.
   */
  private static final class Answer extends HttpServletResponseWrapper {

    private final Runnable onSuccess;
    private boolean errorSent;
    private boolean completed;

    Answer(HttpServletResponse response, Runnable onSuccess) {
      super(response);
      this.onSuccess = onSuccess;
      setResponse(new OnCommittedResponseWrapper(response) {
        @Override
        protected void onResponseCommitted() {
          completed();
        }
      });
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      errorSent = true;
      super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
      errorSent = true;
      super.sendError(status);
    }

    void completed() {
      if (!completed) {
        completed = true;
        if (!errorSent && getStatus() == HttpServletResponse.SC_OK) {
          onSuccess.run();
        }
      }
    }
  }
}
