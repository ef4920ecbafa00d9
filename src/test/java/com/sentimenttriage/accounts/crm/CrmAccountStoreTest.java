package com.sentimenttriage.accounts.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.accounts.Account;
import com.sentimenttriage.support.MigratedDatabase;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Two nodes remembering the same CRM account or requester at once, on a real database (H2, and PostgreSQL in its
 * run). The race is made certain: the other node's row is committed between this node's look-up, which finds
 * nothing, and its insert, which then fails on the unique key, so this node must take the row over. On PostgreSQL the
 * failed insert used to abort the store's whole transaction, and the lookup failed instead.
 */
@Tag("database")
class CrmAccountStoreTest {

  private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

  private final JdbcTemplate database = MigratedDatabase.ofThisRun("crm-store");
  private final DataSourceTransactionManager transactions = new DataSourceTransactionManager(database.getDataSource());
  private final CrmAccountStore otherNode = new CrmAccountStore("hubspot", database, transactions);
  /** The other node runs on a thread of its own, with its own connections, as it would in its own JVM. */
  private final ExecutorService otherNodesThread = Executors.newSingleThreadExecutor();
  private final AtomicBoolean otherNodeCameFirst = new AtomicBoolean();

  @AfterEach
  void stopTheOtherNode() {
    otherNodesThread.shutdownNow();
  }

  @Test
  void anAccountAnotherNodeInsertedFirstTakesTheValuesThisNodeRead() {
    CrmAccountStore thisNode = losingItsFirstInsertInto("crm_account",
        () -> otherNode.remember(acme("Acme Corp", 72), NOW.minusSeconds(1)));

    Account remembered = thisNode.remember(acme("Acme Corporation", 58), NOW);

    assertThat(otherNodeCameFirst).as("the other node's row was there before this node's insert").isTrue();
    assertThat(remembered).usingRecursiveComparison().ignoringFields("id").isEqualTo(new Account(0, "Acme Corporation",
        "Enterprise", new BigDecimal("4200.00"), new BigDecimal("50400.00"), LocalDate.of(2027, 3, 1), 58,
        "Dana Owner", "dana@vendor.example", null, null));
    assertThat(database.queryForList("select id from crm_account where crm = 'hubspot' and external_id = '9001'",
        Long.class)).as("one row, the other node's").containsExactly(remembered.id());
    assertThat(thisNode.find(remembered.id())).get().extracting(CrmAccountStore.Seen::seenAt).isEqualTo(NOW);
    assertThat(database.queryForList("select health_score from crm_account_health where account_id = ?"
        + " order by recorded_at", Integer.class, remembered.id())).as("both nodes' health scores, in order")
        .containsExactly(72, 58);
  }

  @Test
  void aRequesterAnotherNodeRememberedFirstLeadsToTheAccountThisNodeWasGiven() {
    long acme = otherNode.remember(acme("Acme Corp", 72), NOW).id();
    long globex = otherNode.remember(new CrmAccount("9002", "Globex", null, null, null, null, null, null, null), NOW)
        .id();
    CrmAccountStore thisNode = losingItsFirstInsertInto("crm_requester",
        () -> otherNode.rememberRequester("jo@acme.example", globex, "domain", NOW.minusSeconds(1)));

    thisNode.rememberRequester("Jo@Acme.example", acme, "linked", NOW);

    assertThat(otherNodeCameFirst).as("the other node's row was there before this node's insert").isTrue();
    assertThat(thisNode.linkedTo("jo@acme.example")).get()
        .satisfies(seen -> assertThat(seen.account().id()).isEqualTo(acme));
    assertThat(database.queryForObject("select seen_at from crm_requester where email = 'jo@acme.example'",
        Timestamp.class).toInstant()).isEqualTo(NOW);
  }

  /**
   * The other node records the account's health at the same instant, after this node's look-up and before its
   * writes (the only moment it can: once this node has written the account's row, the other node waits for this
   * node's commit). This node's delete then sees the other node's committed row, and its insert meets no key.
   */
  @Test
  void aHealthScoreAnotherNodeRecordedAtTheSameInstantIsReplacedByThisNodes() {
    long id = otherNode.remember(acme("Acme Corp", 72), NOW.minusSeconds(60)).id();
    JdbcTemplate thisNodesJdbc = new JdbcTemplate(database.getDataSource()) {
      @Override
      public <T> List<T> query(String sql, RowMapper<T> rowMapper, Object... args) {
        List<T> rows = super.query(sql, rowMapper, args);
        if (otherNodeCameFirst.compareAndSet(false, true)) {
          CompletableFuture.runAsync(() -> otherNode.remember(acme("Acme Corp", 40), NOW), otherNodesThread).join();
        }
        return rows;
      }
    };

    new CrmAccountStore("hubspot", thisNodesJdbc, transactions).remember(acme("Acme Corp", 58), NOW);

    assertThat(otherNodeCameFirst).as("the other node recorded its score before this node's writes").isTrue();
    assertThat(database.queryForList("select health_score from crm_account_health where account_id = ?"
        + " order by recorded_at", Integer.class, id)).as("one score per instant, this node's last").containsExactly(72,
        58);
  }

  /**
   * This node's store, whose first insert into {@code table} waits until {@code otherNodeFirst} has run and committed
   * on the other node's thread: the store's own look-up or update before it found nothing, its insert meets the
   * other node's row.
   */
  private CrmAccountStore losingItsFirstInsertInto(String table, Runnable otherNodeFirst) {
    JdbcTemplate thisNodesJdbc = new JdbcTemplate(database.getDataSource()) {
      @Override
      public int update(String sql, Object... args) {
        if (sql.startsWith("insert into " + table + " (") && otherNodeCameFirst.compareAndSet(false, true)) {
          CompletableFuture.runAsync(otherNodeFirst, otherNodesThread).join();
        }
        return super.update(sql, args);
      }
    };
    return new CrmAccountStore("hubspot", thisNodesJdbc, transactions);
  }

  private static CrmAccount acme(String name, int healthScore) {
    return new CrmAccount("9001", name, "Enterprise", new BigDecimal("4200.00"), new BigDecimal("50400.00"),
        LocalDate.of(2027, 3, 1), healthScore, "Dana Owner", "dana@vendor.example");
  }
}
