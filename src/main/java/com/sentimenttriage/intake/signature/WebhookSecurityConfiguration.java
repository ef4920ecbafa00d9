package com.sentimenttriage.intake.signature;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the webhook guard in front of every request and its second line behind routing, and says at start-up which
 * connectors accept unsigned calls.
 */
@Configuration
@EnableConfigurationProperties(WebhookSecurityProperties.class)
public class WebhookSecurityConfiguration implements WebMvcConfigurer {

  private static final Logger log = LoggerFactory.getLogger(WebhookSecurityConfiguration.class);

  private final ObjectMapper json;

  public WebhookSecurityConfiguration(ObjectMapper json) {
    this.json = json;
  }

  @Bean
  public FilterRegistrationBean<WebhookGuardFilter> webhookGuard(WebhookSecurityProperties properties,
      List<SignatureVerifier> verifiers, ObjectMapper json, Clock clock) {
    Map<String, SignatureVerifier> bySource =
        verifiers.stream().collect(Collectors.toMap(SignatureVerifier::source, Function.identity()));
    bySource.keySet().stream().sorted().forEach(source -> warnIfOpen(source, properties.connector(source)));
    FilterRegistrationBean<WebhookGuardFilter> registration =
        new FilterRegistrationBean<>(new WebhookGuardFilter(properties, bySource, json, clock));
    registration.setName("webhook-guard");
    // Every path, not /api/webhooks/*: the container matches URL patterns on its decoded path, but the guard must
    // see every spelling that could route to a webhook, to refuse the non-canonical ones itself.
    registration.addUrlPatterns("/*");
    // Before Spring Security's chain: a non-canonical spelling gets the guard's 400 whatever rule of the app's
    // security it would match (an upper-case path would otherwise earn a CSRF 403). Security permits the webhooks
    // anyway; their authentication is this guard's signature check.
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
    return registration;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new WebhookHandlerGuard(json));
  }

  private static void warnIfOpen(String source, WebhookSecurityProperties.Connector connector) {
    if (connector == null) {
      return;
    }
    if (!connector.verify()) {
      log.warn("Signature verification of the {} webhook is SWITCHED OFF (triage.webhooks.{}.verify=false): anyone "
          + "who can reach /api/webhooks/{} can start triage instances. Never do this in production.",
          source, source, source);
    } else if (!connector.hasSecret()) {
      log.warn("No secret is configured for the {} webhook (triage.webhooks.{}.secret, TRIAGE_WEBHOOK_{}_SECRET): "
          + "every delivery to /api/webhooks/{} will be refused with 401.", source, source,
          source.toUpperCase(java.util.Locale.ROOT), source);
    }
  }
}
