package com.sentimenttriage.accounts;

import com.sentimenttriage.accounts.crm.AccountsProperties;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the app's tables say about an account lately that the gate does not: how its health score moved (for the
 * alert). The alert's risk factors and the account's sentiment light are the gate's ({@code accounts.AccountTrends}),
 * not computed here.
 */
@Repository
public class AccountSignals {

  private final JdbcTemplate jdbc;
  /** account_health for the app's tables; crm_account_health, the health scores seen, for a CRM. */
  private final String healthTable;

  @Autowired
  public AccountSignals(JdbcTemplate jdbc, AccountsProperties accounts) {
    this(jdbc, accounts.source() == AccountsProperties.Source.TABLES ? "account_health" : "crm_account_health");
  }

  /** The app's tables as the source. */
  public AccountSignals(JdbcTemplate jdbc) {
    this(jdbc, "account_health");
  }

  private AccountSignals(JdbcTemplate jdbc, String healthTable) {
    this.jdbc = jdbc;
    this.healthTable = healthTable;
  }

  /**
   * How the account's health score moved since {@code since}: its latest score minus the score it had then (the last
   * one recorded at or before {@code since}, else the first one after it). Empty with fewer than two scores.
   */
  public Optional<Integer> healthChangeSince(long accountId, Instant since) {
    List<Integer> latest = jdbc.queryForList("""
        select health_score from %s where account_id = ? order by recorded_at desc""".formatted(healthTable),
        Integer.class, accountId);
    if (latest.size() < 2) {
      return Optional.empty();
    }
    List<Integer> then = jdbc.queryForList("""
        select health_score from %s where account_id = ? and recorded_at <= ?
         order by recorded_at desc""".formatted(healthTable), Integer.class, accountId, Timestamp.from(since));
    int before = then.isEmpty() ? latest.get(latest.size() - 1) : then.get(0);
    return Optional.of(latest.get(0) - before);
  }
}
