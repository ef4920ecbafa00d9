package com.sentimenttriage.security;

import com.sentimenttriage.triage.TicketTriageProcess.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may call what, in one place.
 * <ul>
 *   <li>Webhooks are open at this layer: each connector verifies its helpdesk's signature instead.</li>
 *   <li>Camunda's REST API and webapps authenticate themselves (Basic auth filter, webapp session and CSRF
 *       filter), so Spring Security leaves them alone rather than adding a second, conflicting login.</li>
 *   <li>Health and Prometheus metrics are public for load balancers and scrapers; everything else of Actuator is
 *       for process admins.</li>
 *   <li>The app's own API and pages need a signed-in user: HTTP Basic for scripts, a login form for people.
 *       CSRF protection stays on for browser sessions; calls that carry their own credentials are exempt.</li>
 * </ul>
 */
@Configuration
@EnableWebSecurity
public class ApiSecurity {

  public static final String PROCESS_ADMINS = CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.PROCESS_ADMINS;
  public static final String CAMUNDA_ADMINS = CamundaIdentityAuthenticationProvider.GROUP_PREFIX
      + org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;
  public static final String CS_MANAGERS = CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.CS_MANAGERS;
  public static final String SUPERVISORS = CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.SUPERVISORS;

  @Bean
  public SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, IdentityService identityService)
      throws Exception {
    http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/api/webhooks/**").permitAll()
            .requestMatchers("/engine-rest/**", "/camunda/**", "/", "/error").permitAll()
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            // Prometheus scrapes without credentials; the figures are counts, no ticket content.
            .requestMatchers("/actuator/prometheus").permitAll()
            .requestMatchers("/actuator/**").hasAnyAuthority(PROCESS_ADMINS, CAMUNDA_ADMINS)
            .requestMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
            // Accounts: process admins manage them; CS managers look them up to link unattached tickets.
            .requestMatchers(HttpMethod.GET, "/api/accounts", "/api/accounts/**")
                .hasAnyAuthority(PROCESS_ADMINS, CS_MANAGERS)
            .requestMatchers("/api/accounts", "/api/accounts/**").hasAuthority(PROCESS_ADMINS)
            // Chat webhooks carry a chat's secret token: only process admins set them.
            .requestMatchers("/api/chat-webhooks", "/api/chat-webhooks/**").hasAuthority(PROCESS_ADMINS)
            // Reading the rollout is for every signed-in user; changing a stage is for process admins only.
            .requestMatchers(HttpMethod.POST, "/api/rollout/**").hasAuthority(PROCESS_ADMINS)
            // The dashboard (issue 8): its page and data are for supervisors and admins; its scripts are public.
            .requestMatchers("/webjars/**", "/dashboard-assets/**").permitAll()
            .requestMatchers("/dashboard", "/api/metrics/**")
            .hasAnyAuthority(SUPERVISORS, PROCESS_ADMINS, CAMUNDA_ADMINS)
            .requestMatchers("/api/feedback/models", "/api/feedback/models/**")
            .hasAnyAuthority(PROCESS_ADMINS, CAMUNDA_ADMINS)
            .anyRequest().authenticated())
        .httpBasic(Customizer.withDefaults())
        .formLogin(Customizer.withDefaults())
        .csrf(csrf -> csrf.ignoringRequestMatchers(
            "/api/webhooks/**", "/engine-rest/**", "/camunda/**")
            .ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
        .addFilterAfter(new EngineAuthenticationBridge(identityService), BasicAuthenticationFilter.class);
    return http.build();
  }
}
