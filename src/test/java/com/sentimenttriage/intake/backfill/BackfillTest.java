package com.sentimenttriage.intake.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.intake.PersonalDataMasker;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The backfill itself, against a database that another backfill writes to at the same time. */
class BackfillTest {

  /**
   * Just before this run's batch insert, another run (its own connections) stores the row of {@code raceKey}: it
   * read the file at the same time.
   */
  private static final class ConcurrentRun extends JdbcTemplate {
    private final JdbcTemplate otherRun;
    private String raceKey;

    ConcurrentRun(String url, String raceKey) {
      super(new DriverManagerDataSource(url, "sa", ""));
      this.otherRun = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
      this.raceKey = raceKey;
    }

    @Override
    public int[] batchUpdate(String sql, List<Object[]> batchArgs) {
      for (Object[] row : batchArgs) {
        if (row[0].equals(raceKey)) {
          otherRun.update(sql, row);
          raceKey = null;
        }
      }
      return super.batchUpdate(sql, batchArgs);
    }
  }

  @Test
  void aTicketAnotherRunStoredMeanwhileCountsAsSkippedNotImported(@TempDir Path dir) throws Exception {
    String url = "jdbc:h2:mem:backfill-race-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
    Path file = Files.writeString(dir.resolve("tickets.csv"), """
        ticket_id,subject,body
        R-1,Thanks,The new dashboard works great.
        R-2,Broken,The export is broken again and nobody answers.
        R-3,Question,How do I add a user?
        """);
    JdbcTemplate jdbc = new ConcurrentRun(url, "generic:R-2");
    Backfill backfill = new Backfill(jdbc, SentimentScorer.withBuiltInLexicon(), new PersonalDataMasker(),
        Clock.systemUTC());

    BackfillSummary summary = backfill.run(file, BackfillFormat.CSV, null, (read, total, done) -> { });

    assertThat(summary.imported()).isEqualTo(2);
    assertThat(summary.skippedCount()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from scored_ticket", Long.class)).isEqualTo(3);
    assertThat(jdbc.queryForObject("select count(*) from scored_ticket where business_key in "
        + "('generic:R-1', 'generic:R-2', 'generic:R-3')", Long.class)).isEqualTo(3);
  }
}
