package com.sentimenttriage.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * Response headers on top of Spring Security's defaults (no sniffing, no framing, no caching of signed-in pages).
 * <ul>
 *   <li>A Content-Security-Policy for the app's own pages (dashboard, rollout page, login page) and everything else
 *       outside {@code /camunda}: scripts, styles, images and calls from this origin only, no inline script or
 *       style, no plugins, forms posting only here, never framed. A script injected into a page through data the
 *       app shows (a ticket's text, an account name) does not run.</li>
 *   <li>Camunda's webapps get none from here: their own header filter sends a policy their AngularJS code needs
 *       (a nonce and {@code 'unsafe-eval'}), and a second policy would be enforced on top of it.</li>
 *   <li>Referrer-Policy {@code same-origin} on every response: links to a helpdesk or anything else outside learn
 *       nothing of the page they came from (whose address can name a ticket or an account); Camunda's CSRF filter
 *       still sees the Referer of the app's own requests.</li>
 * </ul>
 * The session cookie's SameSite attribute is set in application.yaml ({@code server.servlet.session.cookie}).
 */
final class SecurityHeaders {

  static final String APP_PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  private SecurityHeaders() {
  }

  static void configure(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
            new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**")),
            new ContentSecurityPolicyHeaderWriter(APP_PAGES_POLICY)));
  }
}
