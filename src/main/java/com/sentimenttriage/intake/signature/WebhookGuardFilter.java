package com.sentimenttriage.intake.signature;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.intake.signature.SignatureVerifier.SignatureRejected;
import com.sentimenttriage.triage.CachedBodyRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of every {@code /api/webhooks/<connector>} POST: refuses bodies over the size limit (413), reads the raw
 * bytes once, verifies the connector's signature over exactly those bytes (401), and hands the same bytes on to
 * the controller. Nothing behind it runs for a refused delivery.
 */
public class WebhookGuardFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(WebhookGuardFilter.class);
  static final String PREFIX = "/api/webhooks/";

  private final WebhookSecurityProperties properties;
  private final Map<String, SignatureVerifier> verifiers;
  private final ObjectMapper json;
  private final Clock clock;

  public WebhookGuardFilter(WebhookSecurityProperties properties, Map<String, SignatureVerifier> verifiers,
      ObjectMapper json, Clock clock) {
    this.properties = properties;
    this.verifiers = verifiers;
    this.json = json;
    this.clock = clock;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !connectorOf(request).map(verifiers::containsKey).orElse(false);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String source = connectorOf(request).orElseThrow();
    int limit = properties.maxBodyBytes();
    if (request.getContentLengthLong() > limit) {
      problem(response, HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large",
          "The body is larger than " + limit + " bytes; send one ticket per delivery.");
      return;
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(limit + 1);
    }
    if (body.length > limit) {
      problem(response, HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large",
          "The body is larger than " + limit + " bytes; send one ticket per delivery.");
      return;
    }
    WebhookSecurityProperties.Connector connector = properties.connector(source);
    if (connector != null && connector.verify()) {
      try {
        verifiers.get(source).verify(request::getHeader, body, clock.instant());
      } catch (SignatureRejected rejected) {
        log.warn("Refused a {} webhook delivery: {}", source, rejected.getMessage());
        problem(response, HttpStatus.UNAUTHORIZED, "Signature rejected", rejected.getMessage());
        return;
      }
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private static java.util.Optional<String> connectorOf(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith(PREFIX)) {
      return java.util.Optional.empty();
    }
    String rest = path.substring(PREFIX.length());
    return rest.isEmpty() || rest.contains("/") ? java.util.Optional.empty() : java.util.Optional.of(rest);
  }

  private void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status.value());
    problem.put("detail", detail);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setHeader("Connection", "close");
    json.writeValue(response.getOutputStream(), problem);
  }
}
