package com.sentimenttriage.security;

import com.sentimenttriage.triage.TicketTriageProcess.Groups;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.util.StringUtils;

/**
 * Who may call what, in one place.
 * <ul>
 *   <li>Webhooks are open at this layer: each connector verifies its helpdesk's signature instead.</li>
 *   <li>Camunda's REST API authenticates itself (its Basic auth filter), so Spring Security leaves it alone.</li>
 *   <li>Camunda's webapps share the sign-in of the app's pages ({@link WebappSingleSignOn}): one login for both, in
 *       the one session a browser has. Their pages and API need a signed-in user like the rest; their own login
 *       form, the engine list it asks for first, the first-admin setup and the plugins' static files stay open,
 *       guarded by Camunda (passwords, its CSRF filter, "only while there is no admin"). CSRF protection of the
 *       webapps stays Camunda's.</li>
 *   <li>Health and Prometheus metrics are public for load balancers and scrapers; everything else of Actuator is
 *       for process admins.</li>
 *   <li>The app's own API and pages need a signed-in user: HTTP Basic for scripts, a login form for people.
 *       CSRF protection stays on for browser sessions; only calls signed in by their own Basic credentials in that
 *       very request are exempt (a chain of their own that ignores the session).</li>
 *   <li>Headers: {@link SecurityHeaders}.</li>
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

  /**
   * Calls that carry HTTP Basic credentials (scripts, curl), matched as Spring Security's Basic filter reads the
   * header. This chain never looks at the session: the only way such a call is signed in is by its own credentials,
   * checked in this very request, and wrong ones are answered 401 even on top of a signed-in session. So, and only
   * so, it needs no CSRF token: a forged cross-site request cannot carry credentials it does not know.
   */
  @Bean
  @Order(1)
  public SecurityFilterChain basicCredentialsSecurityFilterChain(HttpSecurity http, IdentityService identityService,
      CamundaIdentityAuthenticationProvider camundaIdentity) throws Exception {
    common(http, identityService, camundaIdentity)
        .securityMatcher(ApiSecurity::carriesBasicCredentials)
        .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(Customizer.withDefaults())
        // Still on, so pages asked for with Basic credentials can render their forms' token; never required here.
        .csrf(csrf -> csrf.requireCsrfProtectionMatcher(request -> false));
    return http.build();
  }

  /**
   * Everything else: browsers with the session of the login page (or of the webapps' login), and anonymous calls.
   * Every state-changing call of the app needs Spring Security's CSRF token, whatever other headers it carries.
   */
  @Bean
  @Order(2)
  public SecurityFilterChain sessionSecurityFilterChain(HttpSecurity http, IdentityService identityService,
      CamundaIdentityAuthenticationProvider camundaIdentity) throws Exception {
    common(http, identityService, camundaIdentity)
        // Calls with Basic credentials never reach this chain; Basic stays on for its answer to anonymous API calls
        // (401 with a Basic challenge rather than a redirect to the login page).
        .httpBasic(Customizer.withDefaults())
        // The app's own sign-in page (LoginController), with the product's name and look.
        .formLogin(form -> form.loginPage(LoginController.LOGIN).permitAll())
        .csrf(csrf -> csrf.ignoringRequestMatchers("/api/webhooks/**", "/engine-rest/**", "/camunda/**"));
    return http.build();
  }

  /** True when Spring Security's Basic filter would read the request's Authorization header as Basic credentials. */
  static boolean carriesBasicCredentials(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    return authorization != null && StringUtils.startsWithIgnoreCase(authorization.trim(), "Basic");
  }

  private static HttpSecurity common(HttpSecurity http, IdentityService identityService,
      CamundaIdentityAuthenticationProvider camundaIdentity) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/api/webhooks/**").permitAll()
            .requestMatchers("/engine-rest/**", "/", "/error").permitAll()
            .requestMatchers(HttpMethod.GET, "/camunda/api/engine/engine/").permitAll()
            .requestMatchers(HttpMethod.POST, WebappLoginBridge.LOGIN).permitAll()
            .requestMatchers("/camunda/api/admin/setup/**").permitAll()
            .requestMatchers(HttpMethod.GET, "/camunda/api/*/plugin/*/static/**").permitAll()
            // Each webapp's page per engine (/camunda/app/tasklist/default/) and the webapps' API.
            .requestMatchers("/camunda/app/*/*/", "/camunda/api/**").authenticated()
            .requestMatchers("/camunda/**").permitAll()
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
            // The coaching view (issue 17) names agents: supervisors (who coach them) and process admins only.
            .requestMatchers("/coaching", "/api/coaching", "/api/coaching/**")
            .hasAnyAuthority(SUPERVISORS, PROCESS_ADMINS)
            .requestMatchers("/dashboard", "/api/metrics/**")
            .hasAnyAuthority(SUPERVISORS, PROCESS_ADMINS, CAMUNDA_ADMINS)
            .requestMatchers("/api/feedback/models", "/api/feedback/models/**")
            .hasAnyAuthority(PROCESS_ADMINS, CAMUNDA_ADMINS)
            .anyRequest().authenticated())
        .headers(SecurityHeaders::configure)
        // The webapps' API calls accept text/plain, which would earn them a redirect to the login page; a plain
        // 401 (no Basic challenge, no browser dialog) makes the webapps show their own login form instead.
        .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
            new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
            PathPatternRequestMatcher.withDefaults().matcher("/camunda/api/**")))
        .addFilterAfter(new EngineAuthenticationBridge(identityService), BasicAuthenticationFilter.class)
        .addFilterBefore(new WebappLoginBridge(camundaIdentity), AuthorizationFilter.class);
  }
}
