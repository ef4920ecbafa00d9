package com.sentimenttriage.intake.backfill;

import com.sentimenttriage.scoring.TicketText;
import com.sentimenttriage.intake.HelpdeskText;
import com.sentimenttriage.intake.PersonalDataMasker;
import com.sentimenttriage.intake.connector.CampaignRules;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.scoring.engine.TicketScore;
import com.sentimenttriage.scoring.engine.TopicMatch;
import com.sentimenttriage.records.ScoredTicketStore;
import com.sentimenttriage.triage.TicketTriageProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scores historical tickets and stores their scores in scored_ticket (origin {@code backfill}), for dashboards,
 * calibration and trends. No process instance, review task or alert is created. Text is masked before scoring,
 * exactly as on the webhook path, and never stored. Resumable: tickets whose business key is already stored are
 * skipped, so a run that was stopped can simply be started again.
 *
 * <p>Reads stream the file; scoring runs on all cores in batches; each batch is one JDBC batch insert, in one
 * transaction so that a batch some other run got ahead of stores nothing and can be retried ticket by ticket.
 */
public final class Backfill {

  static final int BATCH = 2_000;
  private final ScoredTicketStore tickets;
  private final TransactionTemplate transaction;
  private final SentimentScorer scorer;
  private final PersonalDataMasker masker;
  private final Clock clock;
  private CampaignRules.Rule zendeskCampaigns = CampaignRules.Rule.DEFAULT;

  public Backfill(JdbcTemplate jdbc, SentimentScorer scorer, PersonalDataMasker masker, Clock clock) {
    // A command, not a bean: it builds the one stateless store it writes through over the context's JdbcTemplate.
    this.tickets = new ScoredTicketStore(jdbc);
    this.transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    this.scorer = scorer;
    this.masker = masker;
    this.clock = clock;
  }

  /** Where a Zendesk export's tickets hold their campaign: the webhook's rule ({@code triage.helpdesk.zendesk.*}). */
  public Backfill withZendeskCampaigns(CampaignRules.Rule rule) {
    this.zendeskCampaigns = rule;
    return this;
  }

  private record Keyed(BackfillRecord ticket, String businessKey) {
  }

  private record Scored(BackfillRecord ticket, String businessKey, TicketScore score, String topics,
      String campaign) {
  }

  /** Runs to the end of the file; see {@link #run(Path, BackfillFormat, String, Progress, BackfillSummary, BooleanSupplier)}. */
  public BackfillSummary run(Path file, BackfillFormat format, String source, Progress progress)
      throws IOException {
    BackfillSummary summary = new BackfillSummary();
    run(file, format, source, progress, summary, () -> false);
    return summary;
  }

  /**
   * Backfills the file into {@code summary}, which holds only what was committed, also when the run fails half-way.
   *
   * @param progress told after every ticket read and every ticket scored; it decides itself when to print
   * @param stopRequested asked after every ticket read; when true, the tickets read but not yet stored are left for
   *     the next run (which skips what this one stored), and the summary is marked interrupted
   */
  public void run(Path file, BackfillFormat format, String source, Progress progress, BackfillSummary summary,
      BooleanSupplier stopRequested) throws IOException {
    long size = Math.max(1, Files.size(file));
    Set<String> stored = new HashSet<>(tickets.businessKeys());
    Instant started = clock.instant();
    try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
        BufferedReader in = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8), 1 << 16)) {
      Iterator<BackfillRecord> records = format.read(in, source == null ? format.defaultSource : source,
          zendeskCampaigns);
      List<Keyed> batch = new ArrayList<>(BATCH);
      AtomicLong scoredInBatch = new AtomicLong();
      // Told after every ticket read and every ticket scored (on the scoring threads too), so the progress can be
      // shown by time however long a batch takes.
      Runnable tick = () -> progress.update(counted.count(), size,
          summary.imported() + summary.skippedCount() + scoredInBatch.get());
      while (records.hasNext()) {
        if (stopRequested.getAsBoolean()) {
          summary.interrupted();
          break;
        }
        BackfillRecord record = records.next();
        String businessKey = record.isError() ? null
            : TicketTriageProcess.businessKey(record.source(), record.ticketId());
        if (record.isError()) {
          summary.error(record.line(), record.error());
        } else if (!stored.add(businessKey)) {
          summary.skipped();
        } else {
          batch.add(new Keyed(record, businessKey));
          if (batch.size() == BATCH) {
            store(batch, summary, scoredInBatch, tick);
            batch.clear();
          }
        }
        tick.run();
      }
      if (!summary.wasInterrupted()) {
        store(batch, summary, scoredInBatch, tick);
        progress.finished(summary.imported() + summary.skippedCount());
      }
    } finally {
      summary.finish(Duration.between(started, clock.instant()));
    }
  }

  private void store(List<Keyed> batch, BackfillSummary summary, AtomicLong scoredInBatch, Runnable tick) {
    if (batch.isEmpty()) {
      return;
    }
    List<Scored> scored = batch.parallelStream().map(keyed -> {
      Scored one = score(keyed);
      scoredInBatch.incrementAndGet();
      tick.run();
      return one;
    }).collect(Collectors.toList());
    scoredInBatch.set(0);
    Timestamp now = Timestamp.from(clock.instant());
    List<Object[]> rows = scored.stream().map(s -> row(s, now)).toList();
    try {
      transaction.executeWithoutResult(status -> tickets.insertBackfilled(rows));
      scored.forEach(s -> imported(s, summary));
    } catch (DuplicateKeyException concurrentRun) {
      // Another backfill stored some of these meanwhile (the batch was rolled back): store them one by one, and
      // count those it got to first as skipped.
      for (int i = 0; i < rows.size(); i++) {
        try {
          tickets.insertBackfilled(rows.get(i));
          imported(scored.get(i), summary);
        } catch (DuplicateKeyException alreadyThere) {
          summary.skipped();
        }
      }
    }
  }

  private static void imported(Scored s, BackfillSummary summary) {
    summary.imported(s.score().label().displayName(), s.score().topics());
  }

  private Scored score(Keyed keyed) {
    BackfillRecord ticket = keyed.ticket();
    String body = masker.mask(HelpdeskText.plain(ticket.body()));
    String subject = masker.mask(ticket.subject());
    TicketScore score = scorer.score(TicketText.of(subject, body));
    String topics = HelpdeskText.cap(score.topics().stream().map(TopicMatch::displayName)
        .collect(Collectors.joining(", ")), 1000);
    return new Scored(ticket, keyed.businessKey(), score, topics, masker.mask(ticket.campaign()));
  }

  private static Object[] row(Scored s, Timestamp now) {
    BackfillRecord t = s.ticket();
    return new Object[] {s.businessKey(), t.source(), t.ticketId(), s.score().polarity(), s.score().frustration(),
        s.score().label().displayName(), s.topics(), now,
        t.createdAt() == null ? null : Timestamp.from(t.createdAt().toInstant()),
        t.campaign() == null ? null : s.campaign()};
  }

  /**
   * Receives progress after every ticket read and every ticket scored, also from the scoring threads; the command
   * draws a bar or prints a line when it is time to.
   */
  public interface Progress {
    /** @param ticketsDone the tickets scored or skipped so far */
    void update(long bytesRead, long bytesTotal, long ticketsDone);

    /** The whole file is read and stored. */
    default void finished(long ticketsDone) {
    }
  }

  private static final class CountingInputStream extends java.io.FilterInputStream {
    private final AtomicLong count = new AtomicLong();

    CountingInputStream(InputStream in) {
      super(in);
    }

    long count() {
      return count.get();
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count.addAndGet(n);
      }
      return n;
    }
  }
}
