package com.sentimenttriage.demo;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.accounts.AccountCsvImporter;
import com.sentimenttriage.accounts.AccountResource;
import com.sentimenttriage.accounts.AccountStore;
import com.sentimenttriage.accounts.JdbcAccountDirectory;
import com.sentimenttriage.accounts.crm.AccountsProperties;
import com.sentimenttriage.followthrough.CsFollowThroughProcess;
import com.sentimenttriage.support.MigratedDatabase;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo seeding on its own: the app's tables on a migrated database of this run (H2, and PostgreSQL in its run),
 * users and authorizations in the in-memory process-test engine. Expected accounts and users are read off
 * accounts/demo-accounts.csv by eye, not computed by the importer under test.
 */
@Tag("database")
class DemoDataTest {

  @RegisterExtension
  static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("process-tests.camunda.cfg.xml").build();

  /** Rows in accounts/demo-accounts.csv (ids 1 to 300). */
  private static final int DEMO_ACCOUNTS = 300;

  private final JdbcTemplate jdbc = MigratedDatabase.ofThisRun("demo-data");
  private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
  private final AccountStore accounts = new AccountStore(jdbc, new JdbcAccountDirectory(jdbc), clock);
  private final AccountCsvImporter importer = new AccountCsvImporter(jdbc, clock);

  private Set<String> usersBefore;
  private Set<String> groupsBefore;
  private Set<String> authorizationsBefore;

  /** The engine is shared by the test classes of a JVM: each test takes away what the demo added to it. */
  @BeforeEach
  void noteTheEnginesIdentities() {
    usersBefore = userIds();
    groupsBefore = groupIds();
    authorizationsBefore = authorizationIds();
  }

  @AfterEach
  void removeTheDemosIdentities() {
    IdentityService identity = engine.getIdentityService();
    without(userIds(), usersBefore).forEach(identity::deleteUser);
    without(groupIds(), groupsBefore).forEach(identity::deleteGroup);
    without(authorizationIds(), authorizationsBefore).forEach(engine.getAuthorizationService()::deleteAuthorization);
  }

  @Test
  void aFirstStartOnAnEmptyDatabaseSeedsTheDemoAccountsAndTheirOwners() throws Exception {
    assertThat(accounts.isEmpty()).as("the test's own data").isTrue();

    startWithDemoData();

    assertThat(accounts.find(1)).get().satisfies(acme -> {
      assertThat(acme.name()).isEqualTo("Acme Corp");
      assertThat(acme.plan()).isEqualTo("Enterprise");
      assertThat(acme.csOwnerEmail()).isEqualTo("dana.whitfield@cs.sentiment-triage.example");
      assertThat(acme.domains()).containsExactly("acme.example");
      assertThat(acme.contacts()).containsExactly("jane.doe@acme.example", "ops@acme.example");
    });
    assertThat(accounts.find(300)).get().extracting(AccountResource::name).isEqualTo("Silver Farms AG");
    assertThat(accountRows()).isEqualTo(DEMO_ACCOUNTS);
    User dana = engine.getIdentityService().createUserQuery().userId("dana").singleResult();
    assertThat(dana.getEmail()).as("how a follow-through finds Acme's owner")
        .isEqualTo("dana.whitfield@cs.sentiment-triage.example");
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup(CsFollowThroughProcess.Groups.CS_OWNERS)
        .userId("dana").count()).isEqualTo(1);
  }

  @Test
  void aSecondStartAddsNoAccountUserMembershipOrAuthorizationTwice() throws Exception {
    startWithDemoData();
    Snapshot first = snapshot();

    startWithDemoData();

    assertThat(snapshot()).isEqualTo(first);
    assertThat(first.accounts()).isEqualTo(DEMO_ACCOUNTS);
    assertThat(without(userIds(), usersBefore)).as("supervisor, manager, admin and the eight CS owners")
        .containsExactlyInAnyOrder("supervisor", "manager", "admin", "dana", "ravi", "marcus", "tom", "camille",
            "sofia", "hiro", "lena");
  }

  @Test
  void accountsImportedBeforeTheFirstStartAreLeftAloneAndNoDemoAccountIsAdded() throws Exception {
    importer.importCsv(new StringReader("""
        id,name,plan,mrr,clv,renewal_date,health_score,cs_owner_name,cs_owner_email,cs_manager_email,domains,contacts
        7001,Northwind Traders,Business,900,,2027-03-01,64,Ola Owner,ola@vendor.example,,northwind.example,
        """));

    startWithDemoData();

    assertThat(accountRows()).isEqualTo(1);
    assertThat(accounts.find(7001)).get().extracting(AccountResource::name).isEqualTo("Northwind Traders");
    assertThat(accounts.find(1)).as("Acme Corp, the demo's first account").isEmpty();
    assertThat(engine.getIdentityService().createUserQuery().userId("dana").count())
        .as("the demo's users still come: they live in the engine, not in the account tables").isEqualTo(1);
  }

  @Test
  void withACrmAsTheSourceNoDemoAccountIsSeededButTheUsersCome() throws Exception {
    startWithDemoData(AccountsProperties.Source.HUBSPOT);

    assertThat(accountRows()).as("demo accounts in the app's own tables").isZero();
    assertThat(engine.getIdentityService().createUserQuery().userId("dana").count()).isEqualTo(1);
  }

  private void startWithDemoData() throws Exception {
    startWithDemoData(AccountsProperties.Source.TABLES);
  }

  private void startWithDemoData(AccountsProperties.Source source) throws Exception {
    AccountsProperties properties = new AccountsProperties(source, Duration.ofMinutes(15), Duration.ofSeconds(30),
        Duration.ofSeconds(10), null, null);
    new DemoData(engine.getIdentityService(), engine.getAuthorizationService(), importer, accounts, properties)
        .run(new DefaultApplicationArguments());
  }

  private int accountRows() {
    return jdbc.queryForObject("select count(*) from account", Integer.class);
  }

  private record Snapshot(int accounts, int domains, int contacts, int healthPoints, long users, long groups,
      long memberships, long authorizations) {
  }

  private Snapshot snapshot() {
    IdentityService identity = engine.getIdentityService();
    long memberships = identity.createGroupQuery().list().stream()
        .mapToLong(group -> identity.createUserQuery().memberOfGroup(group.getId()).count()).sum();
    return new Snapshot(accountRows(), count("account_domain"), count("contact"), count("account_health"),
        identity.createUserQuery().count(), identity.createGroupQuery().count(), memberships,
        engine.getAuthorizationService().createAuthorizationQuery().count());
  }

  private Set<String> userIds() {
    return engine.getIdentityService().createUserQuery().list().stream().map(User::getId).collect(toSet());
  }

  private Set<String> groupIds() {
    return engine.getIdentityService().createGroupQuery().list().stream().map(Group::getId).collect(toSet());
  }

  private Set<String> authorizationIds() {
    return engine.getAuthorizationService().createAuthorizationQuery().list().stream().map(Authorization::getId)
        .collect(toSet());
  }

  private static Set<String> without(Set<String> now, Set<String> before) {
    return now.stream().filter(id -> !before.contains(id)).collect(toSet());
  }

  private int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }
}
