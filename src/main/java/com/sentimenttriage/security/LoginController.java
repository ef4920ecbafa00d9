package com.sentimenttriage.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page people see first, for the dashboard, the rollout page and Camunda's webapps alike (those send a
 * person who is not signed in here, {@link WebappSingleSignOn}). Spring Security handles the form's POST; this page
 * only carries the product's name and look, in place of Spring Security's generated page, whose inline styles the
 * app's Content-Security-Policy ({@link SecurityHeaders}) would block.
 */
@Controller
class LoginController {

  static final String LOGIN = "/login";

  @GetMapping(LOGIN)
  String login() {
    return "login";
  }
}
