package com.sentimenttriage.intake.signature;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Defence in depth behind routing: a handler mapped under {@code /api/webhooks/<connector>} runs only for a request
 * that {@link WebhookGuardFilter} passed for that very connector. The guard filter decides on the container's
 * decoding of the path, Spring MVC routes on its own; should the two ever disagree about a spelling, the handler is
 * still not reached unverified. It decides on the pattern routing matched (any future webhook handler included;
 * a pattern with variables never names a verified connector, so it is refused) and runs before the body is read.
 */
final class WebhookHandlerGuard implements HandlerInterceptor {

  private static final Logger log = LoggerFactory.getLogger(WebhookHandlerGuard.class);

  private final ObjectMapper json;

  WebhookHandlerGuard(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    Object matched = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    String pattern = matched == null ? "" : matched.toString().toLowerCase(Locale.ROOT);
    if (!pattern.equals(WebhookGuardFilter.AREA) && !pattern.startsWith(WebhookGuardFilter.PREFIX)) {
      return true;
    }
    String connector = pattern.substring(Math.min(pattern.length(), WebhookGuardFilter.PREFIX.length()));
    if (connector.equals(request.getAttribute(WebhookGuardFilter.GUARDED_CONNECTOR))) {
      return true;
    }
    log.warn("Refused a request that reached the {} webhook handler without passing its guard", matched);
    WebhookProblems.write(json, response, HttpStatus.UNAUTHORIZED, "Signature rejected",
        "The delivery did not pass the webhook guard for this endpoint; post to " + WebhookGuardFilter.PREFIX
            + "<connector> exactly, signed.");
    return false;
  }
}
