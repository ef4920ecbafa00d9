package com.sentimenttriage.security;

import jakarta.servlet.DispatcherType;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One sign-in for the dashboard and Camunda's webapps (Tasklist, Cockpit, Admin), which share the browser's one
 * HTTP session. Spring Security signs people in ({@link ApiSecurity}); Camunda's container-based authentication
 * filter ({@link WebappSignInFilter}) then signs the webapps in as the same user, with that user's Camunda groups
 * and authorized apps. It runs right after Spring Security's filter chain and before the webapps' own
 * authentication filter, which runs each engine call as that user, as after Camunda's own login. Signing in or out
 * in the webapps' own form follows through to Spring Security ({@link WebappLoginBridge}).
 */
@Configuration
public class WebappSingleSignOn {

  @Bean
  public FilterRegistrationBean<WebappSignInFilter> webappSingleSignOnFilter() {
    FilterRegistrationBean<WebappSignInFilter> registration =
        new FilterRegistrationBean<>(new WebappSignInFilter());
    registration.setName("webapp-single-sign-on");
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        SpringSecurityAuthenticationProvider.class.getName());
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }
}
