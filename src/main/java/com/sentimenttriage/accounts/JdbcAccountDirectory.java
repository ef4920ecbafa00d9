package com.sentimenttriage.accounts;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The accounts kept in the application's own tables. */
@Repository
public class JdbcAccountDirectory implements AccountDirectory {

  static final String SELECT_ACCOUNT = """
      select a.id, a.name, a.plan, a.mrr, a.clv, a.renewal_date, a.health_score,
             a.cs_owner_name, a.cs_owner_email, a.cs_manager_name, a.cs_manager_email
        from account a
      """;

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final FreeMailDomains freeMailDomains = FreeMailDomains.load();

  public JdbcAccountDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
  }

  @Override
  public Optional<Account> findByRequesterEmail(String email) {
    if (email == null || email.indexOf('@') < 1) {
      return Optional.empty();
    }
    String normalized = email.trim().toLowerCase(Locale.ROOT);
    Optional<Account> byContact = first(SELECT_ACCOUNT + " join contact c on c.account_id = a.id where c.email = ?",
        normalized);
    if (byContact.isPresent()) {
      return byContact;
    }
    String domain = normalized.substring(normalized.indexOf('@') + 1);
    if (freeMailDomains.contains(domain)) {
      return Optional.empty();
    }
    return first(SELECT_ACCOUNT + " join account_domain d on d.account_id = a.id where d.domain = ?", domain);
  }

  @Override
  public Optional<Account> findById(long id) {
    return first(SELECT_ACCOUNT + " where a.id = ?", id);
  }

  /**
   * The accounts of the app's tables with these ids, by id; an id without a row (an account deleted since) is not
   * in the map. The dashboard and the digests name accounts and their owners from the tables, whichever directory
   * the gate asks.
   */
  public Map<Long, Account> findAllById(Collection<Long> ids) {
    Map<Long, Account> accounts = new HashMap<>();
    if (!ids.isEmpty()) {
      named.query(SELECT_ACCOUNT + " where a.id in (:ids)", Map.of("ids", ids),
          (RowCallbackHandler) rs -> {
            Account account = toAccount(rs, 0);
            accounts.put(account.id(), account);
          });
    }
    return accounts;
  }

  @Override
  public List<Account> search(String query, int limit) {
    String pattern = "%" + (query == null ? "" : query.toLowerCase(Locale.ROOT)) + "%";
    return jdbc.query(SELECT_ACCOUNT + " where lower(a.name) like ? order by a.name limit ?",
        JdbcAccountDirectory::toAccount, pattern, limit);
  }

  @Override
  public boolean rememberContact(String email, long accountId) {
    if (findById(accountId).isEmpty()) {
      return false;
    }
    String normalized = email.trim().toLowerCase(Locale.ROOT);
    int updated = jdbc.update("update contact set account_id = ? where email = ?", accountId, normalized);
    if (updated == 0) {
      jdbc.update("insert into contact (email, account_id) values (?, ?)", normalized, accountId);
    }
    return true;
  }

  private Optional<Account> first(String sql, Object argument) {
    return jdbc.query(sql, JdbcAccountDirectory::toAccount, argument).stream().findFirst();
  }

  static Account toAccount(ResultSet rs, int row) throws SQLException {
    Date renewal = rs.getDate("renewal_date");
    int health = rs.getInt("health_score");
    Integer healthScore = rs.wasNull() ? null : health;
    return new Account(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("plan"),
        rs.getBigDecimal("mrr"),
        rs.getBigDecimal("clv"),
        renewal == null ? null : renewal.toLocalDate(),
        healthScore,
        rs.getString("cs_owner_name"),
        rs.getString("cs_owner_email"),
        rs.getString("cs_manager_name"),
        rs.getString("cs_manager_email"));
  }
}
