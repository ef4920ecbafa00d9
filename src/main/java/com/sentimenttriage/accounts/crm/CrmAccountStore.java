package com.sentimenttriage.accounts.crm;

import com.sentimenttriage.accounts.Account;
import com.sentimenttriage.records.Savepoints;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The last values seen for each CRM account (crm_account, Flyway V14_5), which requester led to which account
 * (crm_requester) and the health scores seen over time (crm_account_health). Written in transactions of their own:
 * what the CRM said stays known even when the ticket's step that asked rolls back and retries.
 */
public class CrmAccountStore {

  /** An account's last values and when they were read. */
  public record Seen(Account account, String externalId, Instant seenAt) {
  }

  private static final String SELECT = """
      select id, external_id, name, plan, mrr, clv, renewal_date, health_score, cs_owner_name, cs_owner_email,
             cs_manager_name, cs_manager_email, seen_at
        from crm_account""";

  private final String crm;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final Savepoints savepoints;

  public CrmAccountStore(String crm, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.crm = crm;
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.savepoints = new Savepoints(transactions);
  }

  /**
   * Stores what the CRM just said about an account and returns it under its local id. A changed (or first) health
   * score extends the account's health history.
   */
  public Account remember(CrmAccount seen, Instant now) {
    return ownTransaction.execute(status -> {
      Optional<Seen> before = findByExternalId(seen.externalId());
      Object[] values = {seen.name(), seen.plan(), seen.mrr(), seen.clv(),
          seen.renewalDate() == null ? null : java.sql.Date.valueOf(seen.renewalDate()), seen.healthScore(),
          seen.csOwnerName(), seen.csOwnerEmail(), Timestamp.from(now), crm, seen.externalId()};
      if (before.isEmpty()) {
        // Another node may insert the account first: then this node's values update its row.
        savepoints.insertOrElse(() -> jdbc.update("""
            insert into crm_account (name, plan, mrr, clv, renewal_date, health_score, cs_owner_name,
                                     cs_owner_email, seen_at, crm, external_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", values), () -> update(values));
      } else {
        update(values);
      }
      Seen after = findByExternalId(seen.externalId()).orElseThrow();
      Integer previous = before.map(b -> b.account().healthScore()).orElse(null);
      if (seen.healthScore() != null && !seen.healthScore().equals(previous)) {
        Timestamp at = Timestamp.from(now);
        // No savepoint needed: the account's row, written above, makes another node recording the same instant wait
        // for this commit, so the delete sees any row it committed before and the insert meets no key.
        jdbc.update("delete from crm_account_health where account_id = ? and recorded_at = ?", after.account().id(), at);
        jdbc.update("insert into crm_account_health (account_id, recorded_at, health_score) values (?, ?, ?)",
            after.account().id(), at, seen.healthScore());
      }
      return after.account();
    });
  }

  private int update(Object[] values) {
    return jdbc.update("""
        update crm_account set name = ?, plan = ?, mrr = ?, clv = ?, renewal_date = ?, health_score = ?,
                               cs_owner_name = ?, cs_owner_email = ?, seen_at = ?
         where crm = ? and external_id = ?""", values);
  }

  /** Remembers the account a requester led to: "contact", "domain", or "linked" by a CS manager. */
  public void rememberRequester(String email, long accountId, String matchedBy, Instant now) {
    Object[] values = {accountId, matchedBy, Timestamp.from(now), email.toLowerCase(Locale.ROOT)};
    ownTransaction.executeWithoutResult(status -> {
      if (updateRequester(values) == 0) {
        // Another node may remember the requester first: then this node's values update its row.
        savepoints.insertOrElse(() -> jdbc.update(
            "insert into crm_requester (account_id, matched_by, seen_at, email) values (?, ?, ?, ?)", values),
            () -> updateRequester(values));
      }
    });
  }

  private int updateRequester(Object[] values) {
    return jdbc.update("update crm_requester set account_id = ?, matched_by = ?, seen_at = ? where email = ?", values);
  }

  /** The account last seen for this requester, whatever led there. */
  public Optional<Seen> lastSeenFor(String email) {
    return first(SELECT + " where id = (select account_id from crm_requester where email = ?) and crm = ?",
        email.toLowerCase(Locale.ROOT), crm);
  }

  /** The account a CS manager linked this requester to, if they did. */
  public Optional<Seen> linkedTo(String email) {
    return first(SELECT + " where id = (select account_id from crm_requester where email = ? and matched_by = 'linked')"
        + " and crm = ?", email.toLowerCase(Locale.ROOT), crm);
  }

  public Optional<Seen> find(long id) {
    return first(SELECT + " where id = ? and crm = ?", id, crm);
  }

  /** Accounts seen before whose name contains {@code query}: "Choose account" while the CRM is down. */
  public List<Account> searchSeen(String query, int limit) {
    String pattern = "%" + (query == null ? "" : query.toLowerCase(Locale.ROOT)) + "%";
    return jdbc.query(SELECT + " where crm = ? and lower(name) like ? order by name limit ?",
        (rs, row) -> toSeen(rs).account(), crm, pattern, limit);
  }

  private Optional<Seen> findByExternalId(String externalId) {
    return first(SELECT + " where crm = ? and external_id = ?", crm, externalId);
  }

  private Optional<Seen> first(String sql, Object... arguments) {
    return jdbc.query(sql, (rs, row) -> toSeen(rs), arguments).stream().findFirst();
  }

  private static Seen toSeen(ResultSet rs) throws SQLException {
    java.sql.Date renewal = rs.getDate("renewal_date");
    int health = rs.getInt("health_score");
    Integer healthScore = rs.wasNull() ? null : health;
    Account account = new Account(rs.getLong("id"), rs.getString("name"), rs.getString("plan"),
        rs.getBigDecimal("mrr"), rs.getBigDecimal("clv"), renewal == null ? null : renewal.toLocalDate(),
        healthScore, rs.getString("cs_owner_name"), rs.getString("cs_owner_email"), rs.getString("cs_manager_name"),
        rs.getString("cs_manager_email"));
    return new Seen(account, rs.getString("external_id"), rs.getTimestamp("seen_at").toInstant());
  }
}
