package com.sentimenttriage.intake.signature;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.intake.signature.WebhookSecurityProperties.Connector;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The guard with the generic webhook's verification ON, as in production (the shared test profile switches it off
 * so other tests can post unsigned): a signed delivery reaches the controller with the very same bytes, an unsigned
 * or stale one is answered 401, an oversized one 413, and neither reaches the controller.
 */
class WebhookGuardFilterTest {

  private static final Instant NOW = Instant.parse("2026-11-20T10:15:00Z");
  private static final byte[] BODY = "{\"ticketId\":\"G-1\",\"body\":\"Where is my invoice?\"}"
      .getBytes(StandardCharsets.UTF_8);
  private static final WebhookSecurityProperties PROPERTIES = new WebhookSecurityProperties(1_000,
      Duration.ofMinutes(5), new Connector(true, "", "header", "X", "u"), new Connector(true, "", "header", "X", "u"),
      new Connector(true, "", "header", "X", "u"), new Connector(true, "generic-secret", "header", "X", "u"),
      new Connector(true, "", "header", "X", "u"));

  private final WebhookGuardFilter filter = new WebhookGuardFilter(PROPERTIES,
      Map.of("generic", new GenericSignatureVerifier(PROPERTIES)), new ObjectMapper(),
      Clock.fixed(NOW, ZoneOffset.UTC));

  private static MockHttpServletRequest post(byte[] body) {
    return post("/api/webhooks/generic", "/api/webhooks/generic", body);
  }

  /** As the container hands it on: the raw URI, and the servlet path decoded and normalised from it. */
  private static MockHttpServletRequest post(String rawUri, String servletPath, byte[] body) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", rawUri);
    request.setServletPath(servletPath);
    request.setContentType("application/json");
    request.setContent(body);
    return request;
  }

  @Test
  void aSignedDeliveryPassesWithItsExactBytes() throws Exception {
    MockHttpServletRequest request = post(BODY);
    long timestamp = NOW.getEpochSecond() - 60;
    request.addHeader(GenericSignatureVerifier.TIMESTAMP, String.valueOf(timestamp));
    request.addHeader(GenericSignatureVerifier.SIGNATURE, GenericSignatureVerifier.sign("generic-secret", timestamp, BODY));
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request, new MockHttpServletResponse(), chain);

    assertThat(chain.getRequest()).isNotNull();
    assertThat(chain.getRequest().getInputStream().readAllBytes()).isEqualTo(BODY);
    assertThat(chain.getRequest().getAttribute(WebhookGuardFilter.GUARDED_CONNECTOR)).isEqualTo("generic");
  }

  /**
   * The spellings the container decodes or normalises to a webhook path, even where no firewall in front stops
   * them: refused with 400 before the signature is looked at, so none of them reaches a handler unverified.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/api/webhooks/%67eneric", "/api/%77ebhooks/generic", "/%61pi/webhooks/generic",
      "/api/webhooks/generic;x=1", "/api//webhooks/generic", "/api/webhooks/x/../generic", "/API/webhooks/generic",
      "/api/webhooks/GENERIC", "/api/webhooks/generic/"})
  void aNonCanonicalSpellingOfAWebhookPathIsRefused(String rawUri) throws Exception {
    String normalised = switch (rawUri) {
      case "/API/webhooks/generic" -> rawUri;
      case "/api/webhooks/GENERIC" -> rawUri;
      case "/api/webhooks/generic/" -> rawUri;
      default -> "/api/webhooks/generic";
    };
    long timestamp = NOW.getEpochSecond();
    MockHttpServletRequest request = post(rawUri, normalised, BODY);
    request.addHeader(GenericSignatureVerifier.TIMESTAMP, String.valueOf(timestamp));
    request.addHeader(GenericSignatureVerifier.SIGNATURE, GenericSignatureVerifier.sign("generic-secret", timestamp, BODY));

    assertRefused(request, 400);
  }

  @Test
  void aDeliveryThatIsNotJsonIsRefusedBeforeItIsRead() throws Exception {
    MockHttpServletRequest multipart = post(BODY);
    multipart.setContentType("multipart/form-data; boundary=b");

    assertRefused(multipart, 400);
  }

  @Test
  void pathsOutsideTheWebhooksAreLeftAlone() throws Exception {
    MockHttpServletRequest request = post("/api/accounts", "/api/accounts", new byte[2_000]);
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request, new MockHttpServletResponse(), chain);

    assertThat(chain.getRequest()).isSameAs(request);
  }

  @Test
  void unsignedStaleAndOversizedDeliveriesNeverReachTheController() throws Exception {
    long stale = NOW.getEpochSecond() - 301;
    MockHttpServletRequest staleRequest = post(BODY);
    staleRequest.addHeader(GenericSignatureVerifier.TIMESTAMP, String.valueOf(stale));
    staleRequest.addHeader(GenericSignatureVerifier.SIGNATURE, GenericSignatureVerifier.sign("generic-secret", stale, BODY));

    assertRefused(post(BODY), 401);
    assertRefused(staleRequest, 401);
    assertRefused(post(new byte[1_001]), 413);
  }

  private void assertRefused(MockHttpServletRequest request, int status) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request, response, chain);

    assertThat(chain.getRequest()).isNull();
    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getContentAsString()).contains("\"status\":" + status);
  }
}
