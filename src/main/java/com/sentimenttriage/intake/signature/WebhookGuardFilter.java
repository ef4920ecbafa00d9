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
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of every request (registered for all paths), deciding on the path as the container decoded and normalised
 * it ({@code servletPath + pathInfo}: percent-escapes decoded, {@code ;} parameters dropped, dot segments resolved,
 * slashes merged), compared case-insensitively, so no spelling of a webhook path gets past it unchecked:
 * <ol>
 *   <li>a request in the webhook area ({@code /api/webhooks...}) whose raw URI is not the canonical spelling
 *       (lower case, nothing encoded or normalised away, no trailing slash) is refused with 400: Spring MVC routes on
 *       its own decoding of the raw URI, and two decodings must never disagree about which connector was called;</li>
 *   <li>a POST to {@code /api/webhooks/<connector>} that is not JSON is refused with 400 before anything parses it
 *       (a multipart body would otherwise be parsed by the servlet container);</li>
 *   <li>a body over the size limit is refused with 413 while it streams in, never read whole;</li>
 *   <li>the connector's signature is verified over exactly the bytes received (401);</li>
 *   <li>the request goes on with those same bytes, marked {@link #GUARDED_CONNECTOR} = the connector. The
 *       {@link WebhookHandlerGuard} behind routing lets a webhook handler run only with that mark for its own
 *       connector.</li>
 * </ol>
 * Nothing behind it runs for a refused delivery.
 */
public class WebhookGuardFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(WebhookGuardFilter.class);
  static final String AREA = "/api/webhooks";
  static final String PREFIX = AREA + "/";
  /** Request attribute: the connector whose delivery passed this guard (canonical path, size, signature). */
  public static final String GUARDED_CONNECTOR = WebhookGuardFilter.class.getName() + ".connector";

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
    String path = normalisedPath(request).toLowerCase(Locale.ROOT);
    return !path.equals(AREA) && !path.startsWith(PREFIX);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = normalisedPath(request);
    String raw = request.getRequestURI().substring(request.getContextPath().length());
    if (!raw.equals(path) || !path.equals(path.toLowerCase(Locale.ROOT)) || path.endsWith("/")) {
      log.warn("Refused a request to a non-canonical spelling of a webhook path ({} characters)", raw.length());
      WebhookProblems.write(json, response, HttpStatus.BAD_REQUEST, "Non-canonical webhook path",
          "Webhook paths are spelled exactly " + PREFIX + "<connector>, in lower case, with no percent-encoded "
              + "characters, path parameters, dot segments, double or trailing slashes.");
      return;
    }
    String source = path.substring(Math.min(path.length(), PREFIX.length()));
    if (!"POST".equals(request.getMethod()) || !verifiers.containsKey(source)) {
      chain.doFilter(request, response);
      return;
    }
    if (!isJson(request.getContentType())) {
      WebhookProblems.write(json, response, HttpStatus.BAD_REQUEST, "Wrong content type",
          "Send the request body as application/json.");
      return;
    }
    int limit = properties.maxBodyBytes();
    if (request.getContentLengthLong() > limit) {
      tooLarge(response, limit);
      return;
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(limit + 1);
    }
    if (body.length > limit) {
      tooLarge(response, limit);
      return;
    }
    WebhookSecurityProperties.Connector connector = properties.connector(source);
    if (connector != null && connector.verify()) {
      try {
        verifiers.get(source).verify(request::getHeader, body, clock.instant());
      } catch (SignatureRejected rejected) {
        log.warn("Refused a {} webhook delivery: {}", source, rejected.getMessage());
        WebhookProblems.write(json, response, HttpStatus.UNAUTHORIZED, "Signature rejected", rejected.getMessage());
        return;
      }
    }
    request.setAttribute(GUARDED_CONNECTOR, source);
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  /** The path the container resolved the request to, without context path: decoded and normalised. */
  static String normalisedPath(HttpServletRequest request) {
    return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
  }

  private static boolean isJson(String contentType) {
    try {
      return contentType != null && MediaType.APPLICATION_JSON.includes(MediaType.parseMediaType(contentType));
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }

  private void tooLarge(HttpServletResponse response, int limit) throws IOException {
    WebhookProblems.write(json, response, HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large",
        "The body is larger than " + limit + " bytes; send one ticket per delivery.");
  }
}
