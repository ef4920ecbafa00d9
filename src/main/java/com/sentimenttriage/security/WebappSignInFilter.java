package com.sentimenttriage.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

/**
 * Camunda's container-based authentication filter, which signs the webapps in as the user its provider names
 * ({@link SpringSecurityAuthenticationProvider}) on each page of an engine and each engine call. It also answers the
 * webapps' first question, "who is signed in?", so that a webapp opened under an address the filter does not know
 * as a page (without its trailing slash, say) still finds the user signed in instead of showing its login form.
 */
public class WebappSignInFilter extends ContainerBasedAuthenticationFilter {

  private static final Pattern SIGNED_IN_USER = Pattern.compile("/api/admin/auth/user/([^/]+)");

  @Override
  protected String extractEngineName(HttpServletRequest request) {
    String engine = super.extractEngineName(request);
    if (engine != null || !"GET".equals(request.getMethod())) {
      return engine;
    }
    Matcher signedInUser = SIGNED_IN_USER.matcher(getRequestUri(request));
    return signedInUser.matches() ? signedInUser.group(1) : null;
  }
}
