package com.sentimenttriage.dashboard;

import com.sentimenttriage.records.LabelledExample;
import com.sentimenttriage.rollout.Precision;
import com.sentimenttriage.rollout.Rollout;
import com.sentimenttriage.rollout.Rollout.StagedJudgement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The figures behind the dashboard, computed from the scored_ticket table over the last weeks (weeks start on
 * Monday, UTC). A ticket belongs to the week the customer wrote it (its creation time, else when it was scored), so a
 * backfill of old tickets lands in the weeks they were written, not in the week it ran. Aggregation happens here
 * rather than in SQL so that H2 and PostgreSQL give the same answers.
 *
 * <p>Precision is the rollout's one figure ({@link Precision}): correct ÷ judged over
 * review verdicts and audit outcomes alike, each counted in the stage its queue was in when it was judged
 * ({@link Rollout#judgements}); for a queue's current stage it is what the rollout policy graduates or demotes on.
 */
@Service
public class DashboardMetrics {

  /** Precision is a rolling figure over this many weeks, so one quiet week does not make the line jump. */
  static final int ROLLING_WEEKS = 4;

  private final ScoredTickets tickets;
  private final Rollout rollout;
  private final Clock clock;

  public DashboardMetrics(ScoredTickets tickets, Rollout rollout, Clock clock) {
    this.tickets = tickets;
    this.rollout = rollout;
    this.clock = clock;
  }

  /**
   * The window's totals. {@code escalated} counts the tickets whose alert reached someone (a reviewer or a CS owner);
   * a PASSIVE queue's gate hits reached nobody and are {@code passiveHits}. {@code judged} and {@code correct} count
   * reviews and audits alike ({@code reviews} + {@code audits} = {@code judged}), by when they were judged.
   */
  public record Summary(int ticketsScored, int escalated, int passiveHits, int judged, int correct, int reviews,
      int audits, Double precision, Double falsePositiveRate) {
  }

  public record WeeklySentiment(String week, Double averagePolarity, int tickets) {
  }

  public record TopicSeries(String topic, List<Integer> counts) {
  }

  public record NegativeByTopic(List<String> weeks, List<TopicSeries> topics) {
  }

  public record WeeklyResponseTime(String week, Double medianMinutes, Double p90Minutes, int tickets) {
  }

  public record PrecisionPoint(String week, int judged, int correct, Double precision) {
  }

  public record StagePrecision(String stage, List<PrecisionPoint> points) {
  }

  public record QueuePrecision(String queue, String stage, int judged, int correct, Double precision,
      Double falsePositiveRate) {
  }

  /** The precision panel: the window's summary, the per-stage series and the per-queue-and-stage figures. */
  public record PrecisionPanel(Summary summary, List<String> weeks, List<StagePrecision> byStage,
      List<QueuePrecision> byQueueAndStage) {
  }

  public Summary summary(int weeks) {
    Instant start = start(weeks);
    return summaryOf(tickets.count(), tickets.createdSince(start), rollout.judgements(start, clock.instant()));
  }

  public List<WeeklySentiment> sentimentByWeek(int weeks) {
    Map<String, List<TicketRow>> byWeek = byWeek(tickets.createdSince(start(weeks)), weeks);
    List<WeeklySentiment> result = new ArrayList<>();
    byWeek.forEach((week, rows) -> result.add(new WeeklySentiment(week,
        rows.isEmpty() ? null : round(rows.stream().mapToDouble(TicketRow::polarity).average().orElse(0)),
        rows.size())));
    return result;
  }

  public NegativeByTopic negativeByTopic(int weeks) {
    Map<String, List<TicketRow>> byWeek = byWeek(tickets.createdSince(start(weeks)), weeks);
    TreeSet<String> topics = new TreeSet<>();
    byWeek.values().forEach(rows -> rows.stream().filter(TicketRow::negative)
        .forEach(row -> topics.addAll(row.topics().isEmpty() ? List.of("No topic") : row.topics())));
    List<TopicSeries> series = new ArrayList<>();
    for (String topic : topics) {
      series.add(new TopicSeries(topic, byWeek.values().stream()
          .map(rows -> (int) rows.stream().filter(TicketRow::negative)
              .filter(row -> row.topics().isEmpty() ? topic.equals("No topic") : row.topics().contains(topic))
              .count())
          .toList()));
    }
    return new NegativeByTopic(List.copyOf(byWeek.keySet()), series);
  }

  /** Ticket created → alert sent or review completed, for negative tickets somebody acted on. */
  public List<WeeklyResponseTime> responseTimes(int weeks) {
    Map<String, List<TicketRow>> byWeek = byWeek(tickets.createdSince(start(weeks)), weeks);
    List<WeeklyResponseTime> result = new ArrayList<>();
    byWeek.forEach((week, rows) -> {
      List<Double> minutes = rows.stream()
          .filter(TicketRow::negative)
          .filter(row -> row.respondedAt() != null && row.startedAt() != null)
          .map(row -> Duration.between(row.startedAt(), row.respondedAt()).toSeconds() / 60.0)
          .filter(m -> m >= 0)
          .sorted()
          .toList();
      result.add(new WeeklyResponseTime(week, percentile(minutes, 50), percentile(minutes, 90), minutes.size()));
    });
    return result;
  }

  /**
   * Precision of escalations (correct ÷ judged, reviews and audits) per rollout stage, rolling over
   * {@value #ROLLING_WEEKS} weeks, and per queue and stage over the whole window. For a queue's current stage the
   * rollout policy weighs only the latest {@code triage.rollout.graduation-window} judgements; the rollout page shows
   * that figure, and this one equals it while the stage has no more judgements than that.
   */
  public PrecisionPanel precision(int weeks) {
    Instant now = clock.instant();
    List<StagedJudgement> judgements = rollout.judgements(start(weeks + ROLLING_WEEKS - 1), now);
    List<LocalDate> weekStarts = weekStarts(weeks);
    Map<String, List<StagedJudgement>> byStage = judgements.stream()
        .collect(Collectors.groupingBy(j -> j.stage().name(), TreeMap::new, Collectors.toList()));
    List<StagePrecision> stages = new ArrayList<>();
    byStage.forEach((stage, stageJudgements) -> {
      List<PrecisionPoint> points = new ArrayList<>();
      for (LocalDate week : weekStarts) {
        Instant end = week.plusWeeks(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant begin = week.minusWeeks(ROLLING_WEEKS - 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        points.add(point(week.toString(), stageJudgements,
            j -> !j.judgedAt().isBefore(begin) && j.judgedAt().isBefore(end)));
      }
      stages.add(new StagePrecision(stage, points));
    });
    Instant windowStart = start(weeks);
    List<StagedJudgement> inWindow = judgements.stream().filter(j -> !j.judgedAt().isBefore(windowStart)).toList();
    Map<List<String>, List<StagedJudgement>> byQueue = inWindow.stream().collect(Collectors.groupingBy(
        j -> List.of(j.queue(), j.stage().name())));
    List<QueuePrecision> queues = byQueue.entrySet().stream()
        .map(e -> {
          Precision precision = precisionOf(e.getValue());
          return new QueuePrecision(e.getKey().get(0), e.getKey().get(1), precision.judged(), precision.correct(),
              round(precision.valueOrNull()), falsePositiveRate(precision));
        })
        .sorted(Comparator.comparing(QueuePrecision::queue).thenComparing(QueuePrecision::stage))
        .toList();
    return new PrecisionPanel(summaryOf(tickets.count(), tickets.createdSince(windowStart), inWindow),
        weekStarts.stream().map(LocalDate::toString).toList(), stages, queues);
  }

  private static PrecisionPoint point(String week, List<StagedJudgement> judgements,
      Predicate<StagedJudgement> inWindow) {
    Precision precision = precisionOf(judgements.stream().filter(inWindow).toList());
    return new PrecisionPoint(week, precision.judged(), precision.correct(), round(precision.valueOrNull()));
  }

  /** The one computation of precision: the rollout policy's, over these judgements. */
  private static Precision precisionOf(List<StagedJudgement> judgements) {
    return Precision.of(judgements.stream().map(StagedJudgement::correct).toList());
  }

  private static Double falsePositiveRate(Precision precision) {
    return precision.judged() == 0 ? null
        : round((double) (precision.judged() - precision.correct()) / precision.judged());
  }

  private static Summary summaryOf(int allScored, List<TicketRow> rows, List<StagedJudgement> judgements) {
    int escalated = (int) rows.stream().filter(TicketRow::escalated).count();
    int passiveHits = (int) rows.stream().filter(TicketRow::passiveHit).count();
    Precision precision = precisionOf(judgements);
    int audits = (int) judgements.stream().filter(j -> j.kind() == LabelledExample.Kind.AUDIT).count();
    return new Summary(allScored, escalated, passiveHits, precision.judged(), precision.correct(),
        precision.judged() - audits, audits, round(precision.valueOrNull()), falsePositiveRate(precision));
  }

  /** Every week of the window, oldest first, each with its tickets (possibly none). */
  private Map<String, List<TicketRow>> byWeek(List<TicketRow> rows, int weeks) {
    Map<String, List<TicketRow>> result = new LinkedHashMap<>();
    for (LocalDate week : weekStarts(weeks)) {
      result.put(week.toString(), new ArrayList<>());
    }
    for (TicketRow row : rows) {
      List<TicketRow> bucket = result.get(weekOf(row.startedAt()).toString());
      if (bucket != null) {
        bucket.add(row);
      }
    }
    return result;
  }

  List<LocalDate> weekStarts(int weeks) {
    LocalDate current = weekOf(clock.instant());
    List<LocalDate> result = new ArrayList<>();
    for (int i = weeks - 1; i >= 0; i--) {
      result.add(current.minusWeeks(i));
    }
    return result;
  }

  Instant start(int weeks) {
    return weekOf(clock.instant()).minusWeeks(weeks - 1L).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  static LocalDate weekOf(Instant instant) {
    return instant.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** Nearest-rank percentile of sorted values; null when there are none. */
  static Double percentile(List<Double> sorted, int percent) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return round(sorted.get(Math.max(0, rank - 1)));
  }

  private static Double round(Double value) {
    return value == null ? null : round(value.doubleValue());
  }

  static double round(double value) {
    return Math.round(value * 1000.0) / 1000.0;
  }
}
