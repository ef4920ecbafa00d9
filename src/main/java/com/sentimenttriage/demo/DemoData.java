package com.sentimenttriage.demo;

import static com.sentimenttriage.triage.TicketTriageProcess.Groups.CS_MANAGERS;
import static com.sentimenttriage.triage.TicketTriageProcess.Groups.PROCESS_ADMINS;
import static com.sentimenttriage.triage.TicketTriageProcess.Groups.SUPERVISORS;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.sentimenttriage.accounts.AccountCsvImporter;
import com.sentimenttriage.accounts.AccountStore;
import com.sentimenttriage.accounts.crm.AccountsProperties;
import com.sentimenttriage.monitoring.DriftMonitoringProcess;
import com.sentimenttriage.recall.RecallAuditProcess;
import com.sentimenttriage.followthrough.CsFollowThroughProcess;
import com.sentimenttriage.rollout.RolloutStageChangeProcess;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Demo users, groups, their authorizations and a few demo accounts, so a fresh `./mvnw spring-boot:run` can be
 * tried at once. Each demo user's password is its name. Production sets {@code triage.demo.enabled=false} and
 * manages users in the Admin webapp or an LDAP identity provider.
 */
@Component
@ConditionalOnProperty(name = "triage.demo.enabled", havingValue = "true")
public class DemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  private static final String TASKLIST = "tasklist";
  private static final String COCKPIT = "cockpit";
  /**
   * The demo accounts' CS owners (accounts/demo-accounts.csv), as Tasklist users: first name as user id and
   * password, the account's CS owner e-mail as theirs, which is how a follow-through finds its owner.
   */
  static final List<List<String>> CS_OWNERS = List.of(
      List.of("dana", "Dana", "Whitfield"), List.of("ravi", "Ravi", "Menon"), List.of("marcus", "Marcus", "Reid"),
      List.of("tom", "Tom", "Okafor"), List.of("camille", "Camille", "Durand"), List.of("sofia", "Sofia", "Alvarez"),
      List.of("hiro", "Hiro", "Tanaka"), List.of("lena", "Lena", "Fischer"));
  private static final String CS_OWNER_MAIL_DOMAIN = "@cs.sentiment-triage.example";

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final AccountCsvImporter accountImporter;
  private final AccountStore accounts;
  private final AccountsProperties.Source accountsSource;

  public DemoData(IdentityService identity, AuthorizationService authorizations,
      AccountCsvImporter accountImporter, AccountStore accounts, AccountsProperties accountsProperties) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.accountImporter = accountImporter;
    this.accounts = accounts;
    this.accountsSource = accountsProperties.source();
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    createGroup(Groups.CAMUNDA_ADMIN, "Camunda administrators", Groups.GROUP_TYPE_SYSTEM);
    createGroup(SUPERVISORS, "Supervisors", Groups.GROUP_TYPE_WORKFLOW);
    createGroup(CS_MANAGERS, "CS managers", Groups.GROUP_TYPE_WORKFLOW);
    createGroup(PROCESS_ADMINS, "Process admins", Groups.GROUP_TYPE_WORKFLOW);
    createGroup(CsFollowThroughProcess.Groups.CS_OWNERS, "CS owners", Groups.GROUP_TYPE_WORKFLOW);

    createUser("supervisor", "Sam", "Supervisor", SUPERVISORS);
    createUser("manager", "Morgan", "Manager", CS_MANAGERS);
    createUser("admin", "Ada", "Admin", PROCESS_ADMINS, Groups.CAMUNDA_ADMIN);
    for (List<String> owner : CS_OWNERS) {
      createUserWithEmail(owner.get(0), owner.get(1), owner.get(2),
          (owner.get(1) + "." + owner.get(2)).toLowerCase(Locale.ROOT) + CS_OWNER_MAIL_DOMAIN,
          CsFollowThroughProcess.Groups.CS_OWNERS);
    }

    for (Resource resource : Resources.values()) {
      grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
    }
    // No READ on every filter: review.TasklistFilters shares each group's own filter and "All tasks" with it, so
    // Tasklist opens the group's filter, sorted by priority. CS owners (issue 18) get Tasklist but no right on tasks
    // as such: each sees a follow-through task only as its candidate, which the engine grants on the task itself.
    for (String group : List.of(SUPERVISORS, CS_MANAGERS, CsFollowThroughProcess.Groups.CS_OWNERS)) {
      grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
      grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    }
    grant(PROCESS_ADMINS, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    grant(PROCESS_ADMINS, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    grant(PROCESS_ADMINS, Resources.FILTER, ANY, Permissions.READ);
    for (Resource resource : List.of(Resources.DEPLOYMENT, Resources.PROCESS_DEFINITION,
        Resources.DECISION_DEFINITION, Resources.DECISION_REQUIREMENTS_DEFINITION, Resources.PROCESS_INSTANCE,
        Resources.TASK)) {
      grant(PROCESS_ADMINS, resource, ANY, Permissions.ALL);
    }
    // "Change rollout stage" (issue 6): named explicitly, so narrowing the admins' blanket rights above keeps it
    // startable for them; supervisors and CS managers get neither CREATE_INSTANCE nor CREATE, so Tasklist does not
    // offer them the start form and the engine refuses their start.
    grant(PROCESS_ADMINS, Resources.PROCESS_DEFINITION, RolloutStageChangeProcess.KEY, Permissions.CREATE_INSTANCE);
    // Issue 8: the recall audit and the drift check, started by hand from Tasklist beside their timers.
    grant(PROCESS_ADMINS, Resources.PROCESS_DEFINITION, RecallAuditProcess.KEY, Permissions.CREATE_INSTANCE);
    grant(PROCESS_ADMINS, Resources.PROCESS_DEFINITION, DriftMonitoringProcess.KEY, Permissions.CREATE_INSTANCE);

    importDemoAccounts();
  }

  private void createGroup(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identity.newGroup(id);
    group.setName(name);
    group.setType(type);
    identity.saveGroup(group);
  }

  private void createUser(String id, String firstName, String lastName, String... groups) {
    createUserWithEmail(id, firstName, lastName, id + "@sentiment-triage.example", groups);
  }

  private void createUserWithEmail(String id, String firstName, String lastName, String email, String... groups) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setPassword(id);
      user.setEmail(email);
      identity.saveUser(user);
    }
    for (String group : groups) {
      if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identity.createMembership(id, group);
      }
    }
  }

  private void grant(String group, Resource resource, String resourceId, Permission permission) {
    boolean exists = authorizations.createAuthorizationQuery()
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).count() > 0;
    if (exists) {
      return;
    }
    Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizations.saveAuthorization(authorization);
  }

  private void importDemoAccounts() throws Exception {
    // With a CRM as the source its accounts are the accounts: demo rows in the app's own tables would only show up,
    // unused, in the admin account API beside them.
    if (accountsSource != AccountsProperties.Source.TABLES || !accounts.isEmpty()) {
      return;
    }
    try (Reader csv = new InputStreamReader(
        new ClassPathResource("accounts/demo-accounts.csv").getInputStream(), StandardCharsets.UTF_8)) {
      log.info("Imported {} demo accounts", accountImporter.importCsv(csv));
    }
  }
}
