package com.sentimenttriage.intake.signature;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the webhook guard in front of /api/webhooks/* and says at start-up which connectors accept unsigned calls. */
@Configuration
@EnableConfigurationProperties(WebhookSecurityProperties.class)
public class WebhookSecurityConfiguration {

  private static final Logger log = LoggerFactory.getLogger(WebhookSecurityConfiguration.class);

  @Bean
  public FilterRegistrationBean<WebhookGuardFilter> webhookGuard(WebhookSecurityProperties properties,
      List<SignatureVerifier> verifiers, ObjectMapper json, Clock clock) {
    Map<String, SignatureVerifier> bySource =
        verifiers.stream().collect(Collectors.toMap(SignatureVerifier::source, Function.identity()));
    bySource.keySet().stream().sorted().forEach(source -> warnIfOpen(source, properties.connector(source)));
    FilterRegistrationBean<WebhookGuardFilter> registration =
        new FilterRegistrationBean<>(new WebhookGuardFilter(properties, bySource, json, clock));
    registration.setName("webhook-guard");
    registration.addUrlPatterns(WebhookGuardFilter.PREFIX + "*");
    registration.setOrder(2);
    return registration;
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
