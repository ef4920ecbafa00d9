package com.sentimenttriage.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Create, read, update and delete accounts in the app's own tables, for the admin API. */
@Repository
public class AccountStore {

  /** One point of an account's health history. */
  public record HealthPoint(Instant recordedAt, int healthScore) {
  }

  private final JdbcTemplate jdbc;
  private final JdbcAccountDirectory directory;
  private final Clock clock;

  public AccountStore(JdbcTemplate jdbc, JdbcAccountDirectory directory, Clock clock) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.clock = clock;
  }

  /** Accounts whose name contains {@code query} (any case), by name; all accounts without a query. */
  public List<AccountResource> list(String query, int limit) {
    return directory.search(query, limit).stream()
        .map(this::withDomainsAndContacts)
        .toList();
  }

  /** Whether the tables hold no account yet. */
  public boolean isEmpty() {
    Integer accounts = jdbc.queryForObject("select count(*) from account", Integer.class);
    return accounts == null || accounts == 0;
  }

  public Optional<AccountResource> find(long id) {
    return jdbc.query(JdbcAccountDirectory.SELECT_ACCOUNT + " where a.id = ?", JdbcAccountDirectory::toAccount, id)
        .stream().findFirst().map(this::withDomainsAndContacts);
  }

  /** Fails with a DuplicateKeyException when the id, a domain or a contact is taken; then nothing is stored. */
  @Transactional
  public void create(AccountResource resource) {
    Account a = resource.account();
    jdbc.update("""
        insert into account (id, name, plan, mrr, clv, renewal_date, health_score, cs_owner_name, cs_owner_email,
                             cs_manager_name, cs_manager_email)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        a.id(), a.name(), a.plan(), a.mrr(), a.clv(), date(a), a.healthScore(), a.csOwnerName(),
        a.csOwnerEmail(), a.csManagerName(), a.csManagerEmail());
    replaceDomainsAndContacts(resource);
    recordHealth(a.id(), a.healthScore());
  }

  /** Returns false when there is no such account. A changed health score extends the history. */
  @Transactional
  public boolean update(AccountResource resource) {
    Account a = resource.account();
    Optional<Integer> previousHealth = find(a.id()).map(AccountResource::healthScore);
    int updated = jdbc.update("""
        update account set name = ?, plan = ?, mrr = ?, clv = ?, renewal_date = ?, health_score = ?,
                           cs_owner_name = ?, cs_owner_email = ?, cs_manager_name = ?, cs_manager_email = ?
         where id = ?""",
        a.name(), a.plan(), a.mrr(), a.clv(), date(a), a.healthScore(), a.csOwnerName(), a.csOwnerEmail(),
        a.csManagerName(), a.csManagerEmail(), a.id());
    if (updated == 0) {
      return false;
    }
    replaceDomainsAndContacts(resource);
    if (a.healthScore() != null && !a.healthScore().equals(previousHealth.orElse(null))) {
      recordHealth(a.id(), a.healthScore());
    }
    return true;
  }

  @Transactional
  public boolean delete(long id) {
    jdbc.update("delete from account_domain where account_id = ?", id);
    jdbc.update("delete from contact where account_id = ?", id);
    jdbc.update("delete from account_health where account_id = ?", id);
    return jdbc.update("delete from account where id = ?", id) == 1;
  }

  public List<HealthPoint> healthHistory(long id) {
    return jdbc.query("select recorded_at, health_score from account_health where account_id = ? order by recorded_at",
        (rs, row) -> new HealthPoint(rs.getTimestamp(1).toInstant(), rs.getInt(2)), id);
  }

  private void replaceDomainsAndContacts(AccountResource resource) {
    jdbc.update("delete from account_domain where account_id = ?", resource.id());
    jdbc.update("delete from contact where account_id = ?", resource.id());
    for (String domain : resource.domains()) {
      jdbc.update("insert into account_domain (domain, account_id) values (?, ?)",
          domain.toLowerCase(Locale.ROOT), resource.id());
    }
    for (String email : resource.contacts()) {
      jdbc.update("insert into contact (email, account_id) values (?, ?)",
          email.trim().toLowerCase(Locale.ROOT), resource.id());
    }
  }

  private void recordHealth(long id, Integer healthScore) {
    if (healthScore == null) {
      return;
    }
    Instant now = clock.instant();
    // Two changes within the same instant keep the last one.
    jdbc.update("delete from account_health where account_id = ? and recorded_at = ?", id, Timestamp.from(now));
    jdbc.update("insert into account_health (account_id, recorded_at, health_score) values (?, ?, ?)",
        id, Timestamp.from(now), healthScore);
  }

  private AccountResource withDomainsAndContacts(Account account) {
    return AccountResource.of(account,
        jdbc.queryForList("select domain from account_domain where account_id = ? order by domain", String.class,
            account.id()),
        jdbc.queryForList("select email from contact where account_id = ? order by email", String.class,
            account.id()));
  }

  private static java.sql.Date date(Account a) {
    return a.renewalDate() == null ? null : java.sql.Date.valueOf(a.renewalDate());
  }
}
