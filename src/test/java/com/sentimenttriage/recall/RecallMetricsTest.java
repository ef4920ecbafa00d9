package com.sentimenttriage.recall;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.records.LabelledExamples;
import com.sentimenttriage.records.LabelledExamples.JudgedTicket;
import com.sentimenttriage.records.RecallAuditTickets;
import com.sentimenttriage.records.ScoredTicketStore;
import com.sentimenttriage.support.MigratedDatabase;
import com.sentimenttriage.triage.TriageVariables.ReviewDecision;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The recall estimates of the dashboard's audits, computed for all of them at once, against the computation they
 * replaced (one month at a time), on random tickets over seven months (H2, and PostgreSQL in its run): escalations
 * with and without a stored review decision, judged by reviews and audits of their own instance or of an earlier
 * message's, judgements stored out of order and given at the same moment, backfilled tickets, month edges.
 */
@Tag("database")
class RecallMetricsTest {

  private static final YearMonth FIRST = YearMonth.of(2025, 12);
  private static final int MONTHS = 7;
  private static final List<String> ACTIONS = List.of("ALERT", "ALERT", "DIGEST", "LOG");

  private final CountingDataSource database = new CountingDataSource(
      MigratedDatabase.ofThisRun("recall").getDataSource());
  private final JdbcTemplate jdbc = new JdbcTemplate(database);
  private final LabelledExamples judgements = new LabelledExamples(jdbc);
  private final RecallAudits audits = new RecallAudits(judgements, new ScoredTicketStore(jdbc),
      new RecallAuditTickets(jdbc));
  private final RecallMetrics metrics = new RecallMetrics(audits);
  private final Random random = new Random(20260502);

  @Test
  void theDashboardsEstimatesCountEveryMonthAsTheMonthByMonthComputationDid() {
    List<String> tickets = randomTickets(400);
    randomJudgements(tickets);
    // Months with and without tickets, one audited twice, one not at all (2026-03), the neighbours of the tickets.
    for (YearMonth month : List.of(YearMonth.of(2025, 11), FIRST, FIRST.plusMonths(1), FIRST.plusMonths(2),
        FIRST.plusMonths(2), FIRST.plusMonths(4), FIRST.plusMonths(5), FIRST.plusMonths(6), FIRST.plusMonths(7))) {
      audit(month, tickets);
    }

    List<RecallMetrics.AuditEstimate> shown = metrics.latest(RecallController.AUDITS_SHOWN);

    assertThat(shown).hasSize(9);
    for (RecallMetrics.AuditEstimate estimate : shown) {
      Escalations before = monthByMonth(YearMonth.parse(estimate.month()));
      assertThat(new Escalations(estimate.escalated(), estimate.judged(), estimate.confirmed()))
          .as(estimate.month()).isEqualTo(before);
    }
    assertThat(shown).as("what the audit process keeps is what the dashboard shows")
        .isEqualTo(audits.latest(RecallController.AUDITS_SHOWN).stream().map(metrics::estimate).toList());
    // The data set is one that tells a wrong reading apart: the judgements change the figures, and recall is known.
    assertThat(shown).anySatisfy(estimate -> assertThat(new Escalations(estimate.escalated(), estimate.judged(),
        estimate.confirmed())).isNotEqualTo(storedDecisionsOnly(YearMonth.parse(estimate.month()))));
    assertThat(shown).filteredOn(estimate -> estimate.recall() != null).hasSizeGreaterThan(3);
  }

  @Test
  void theDashboardAsksTheDatabaseAFixedNumberOfQueriesHoweverManyAuditsItShows() {
    List<String> tickets = randomTickets(100);
    randomJudgements(tickets);
    for (int month = 0; month < MONTHS; month++) {
      audit(FIRST.plusMonths(month), tickets);
    }

    database.statements = 0;
    assertThat(metrics.latest(RecallController.AUDITS_SHOWN)).hasSize(MONTHS);

    assertThat(database.statements).as("the audits, the escalations and their judgements").isLessThanOrEqualTo(3);
  }

  /**
   * The computation the dashboard ran for each audit before, as it stood: the month's escalations with their
   * stored review decision, replaced by the latest judgement of the instance that escalated them.
   */
  private Escalations monthByMonth(YearMonth month) {
    Map<String, ReviewDecision> latest = new HashMap<>();
    jdbc.query("""
        select business_key, review_decision from scored_ticket
         where origin = 'process' and escalation_action = 'ALERT' and scored_at >= ? and scored_at < ?""",
        rs -> {
          latest.put(rs.getString(1), rs.getString(2) == null ? null : ReviewDecision.of(rs.getString(2)));
        },
        start(month), start(month.plusMonths(1)));
    judgements.latestPerTicketScored(start(month).toInstant(), start(month.plusMonths(1)).toInstant(),
        JudgedTicket::decision).forEach(latest::replace);
    return Escalations.of(latest.values());
  }

  /** A wrong reading, for the test's own data: no judgement counted, only the stored review decisions. */
  private Escalations storedDecisionsOnly(YearMonth month) {
    return Escalations.of(jdbc.queryForList("""
        select review_decision from scored_ticket
         where origin = 'process' and escalation_action = 'ALERT' and scored_at >= ? and scored_at < ?""",
        String.class, start(month), start(month.plusMonths(1))).stream()
        .map(decision -> decision == null ? null : ReviewDecision.of(decision)).toList());
  }

  /** Tickets scored across the months, a tenth of them on a month's first or last millisecond. */
  private List<String> randomTickets(int count) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String key = "test:" + i;
      jdbc.update("""
          insert into scored_ticket (business_key, process_instance_id, source, ticket_id, polarity, frustration,
                                     label, escalation_action, severity, scored_at, review_decision, origin)
          values (?, ?, 'test', ?, -0.5, 70, 'Negative', ?, 'High', ?, ?, ?)""",
          key, instance(key), String.valueOf(i), ACTIONS.get(random.nextInt(ACTIONS.size())),
          Timestamp.from(randomScoredAt()), random.nextBoolean() ? null : randomDecision().value(),
          random.nextInt(10) == 0 ? "backfill" : "process");
      keys.add(key);
    }
    return keys;
  }

  private Instant randomScoredAt() {
    YearMonth month = FIRST.plusMonths(random.nextInt(MONTHS));
    Instant start = start(month).toInstant();
    Instant end = start(month.plusMonths(1)).toInstant();
    return switch (random.nextInt(20)) {
      case 0 -> start;
      case 1 -> end.minusMillis(1);
      default -> start.plusMillis((long) (random.nextDouble() * Duration.between(start, end).toMillis()));
    };
  }

  /**
   * Up to three reviews and audits for half of the tickets, of the instance that scored the ticket or of an earlier
   * message's, at one of a few moments (so some share one, and the later stored wins), stored in random order.
   */
  private void randomJudgements(List<String> tickets) {
    Instant[] moments = {Instant.parse("2026-02-01T09:00:00Z"), Instant.parse("2026-04-01T09:00:00Z"),
        Instant.parse("2026-06-01T09:00:00Z")};
    for (String key : tickets) {
      if (random.nextBoolean()) {
        continue;
      }
      for (int n = random.nextInt(3) + 1; n > 0; n--) {
        ReviewDecision decision = randomDecision();
        jdbc.update("""
            insert into labelled_example (business_key, process_instance_id, queue, kind, decision, correct,
                                          judged_at)
            values (?, ?, 'test', ?, ?, ?, ?)""",
            key, random.nextInt(5) == 0 ? "earlier-" + instance(key) : instance(key),
            random.nextBoolean() ? "REVIEW" : "AUDIT", decision.value(), decision.correct(),
            Timestamp.from(moments[random.nextInt(moments.length)]));
      }
    }
  }

  /** An audit of {@code month} with a few of the tickets sampled and some of them answered. */
  private void audit(YearMonth month, List<String> tickets) {
    Set<String> sample = random.ints(5, 0, tickets.size()).mapToObj(tickets::get).collect(Collectors.toSet());
    long id = audits.start("audit-" + month, month, start(month.plusMonths(1)).toInstant(), random.nextInt(500),
        List.copyOf(sample));
    for (String key : sample) {
      if (random.nextInt(4) > 0) {
        audits.answer(id, key, random.nextInt(4) == 0, null, start(month.plusMonths(1)).toInstant());
      }
    }
  }

  private ReviewDecision randomDecision() {
    return ReviewDecision.values()[random.nextInt(ReviewDecision.values().length)];
  }

  private static String instance(String key) {
    return "pi-" + key;
  }

  private static Timestamp start(YearMonth month) {
    return Timestamp.from(month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  /** Counts the statements prepared on its connections. */
  private static final class CountingDataSource extends DelegatingDataSource {

    int statements;

    CountingDataSource(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection connection = super.getConnection();
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, args) -> {
            if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
              statements++;
            }
            try {
              return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }
  }
}
