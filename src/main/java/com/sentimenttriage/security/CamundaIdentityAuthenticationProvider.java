package com.sentimenttriage.security;

import com.sentimenttriage.triage.EngineIdentity;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks the app's own API and pages against the same users and groups as Tasklist and Cockpit, so there is one
 * list of people to manage. Each Camunda group becomes an authority {@code GROUP_<id>}.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  public static final String GROUP_PREFIX = "GROUP_";

  private final IdentityService identityService;

  public CamundaIdentityAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (user == null || credentials == null || !identityService.checkPassword(user, credentials.toString())) {
      throw new BadCredentialsException("Unknown user or wrong password");
    }
    return signedIn(user);
  }

  /**
   * The signed-in {@code user} with the authorities of their Camunda groups, for a user whose password was checked
   * here or, by Camunda's own login, in the webapps ({@link WebappLoginBridge}).
   */
  Authentication signedIn(String user) {
    List<GrantedAuthority> authorities = EngineIdentity.asEngine(identityService,
        () -> identityService.createGroupQuery().groupMember(user).list()).stream()
        .map(Group::getId)
        .<GrantedAuthority>map(group -> new SimpleGrantedAuthority(GROUP_PREFIX + group))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
