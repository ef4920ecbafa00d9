package com.sentimenttriage.feedback.dashboard;

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
 * Monday, UTC). Aggregation happens here rather than in SQL so that H2 and PostgreSQL give the same answers.
 */
@Service
public class DashboardMetrics {

  /** Precision is a rolling figure over this many weeks, so one quiet week does not make the line jump. */
  static final int ROLLING_WEEKS = 4;

  private final ScoredTickets tickets;
  private final Clock clock;

  public DashboardMetrics(ScoredTickets tickets, Clock clock) {
    this.tickets = tickets;
    this.clock = clock;
  }

  public record Summary(int ticketsScored, int escalated, int reviewed, int confirmed, Double precision,
      Double falsePositiveRate) {
  }

  public record WeeklySentiment(String week, Double averagePolarity, int tickets) {
  }

  public record TopicSeries(String topic, List<Integer> counts) {
  }

  public record NegativeByTopic(List<String> weeks, List<TopicSeries> topics) {
  }

  public record WeeklyResponseTime(String week, Double medianMinutes, Double p90Minutes, int tickets) {
  }

  public record PrecisionPoint(String week, int reviewed, int confirmed, Double precision) {
  }

  public record StagePrecision(String stage, List<PrecisionPoint> points) {
  }

  public record QueuePrecision(String queue, String stage, int reviewed, int confirmed, Double precision,
      Double falsePositiveRate) {
  }

  public record Precision(Summary summary, List<String> weeks, List<StagePrecision> byStage,
      List<QueuePrecision> byQueueAndStage) {
  }

  public Summary summary(int weeks) {
    List<TicketRow> rows = tickets.scoredSince(start(weeks));
    return summaryOf(tickets.count(), rows);
  }

  public List<WeeklySentiment> sentimentByWeek(int weeks) {
    Map<String, List<TicketRow>> byWeek = byWeek(tickets.scoredSince(start(weeks)), weeks);
    List<WeeklySentiment> result = new ArrayList<>();
    byWeek.forEach((week, rows) -> result.add(new WeeklySentiment(week,
        rows.isEmpty() ? null : round(rows.stream().mapToDouble(TicketRow::polarity).average().orElse(0)),
        rows.size())));
    return result;
  }

  public NegativeByTopic negativeByTopic(int weeks) {
    Map<String, List<TicketRow>> byWeek = byWeek(tickets.scoredSince(start(weeks)), weeks);
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
    Map<String, List<TicketRow>> byWeek = byWeek(tickets.scoredSince(start(weeks)), weeks);
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
   * Precision of escalations (confirmed / reviewed) per rollout stage, rolling over {@value #ROLLING_WEEKS} weeks,
   * and per queue and stage over the whole window.
   */
  public Precision precision(int weeks) {
    List<TicketRow> rows = tickets.scoredSince(start(weeks + ROLLING_WEEKS - 1));
    List<TicketRow> reviewed = rows.stream().filter(TicketRow::reviewed).toList();
    List<LocalDate> weekStarts = weekStarts(weeks);
    Map<String, List<TicketRow>> byStage = reviewed.stream()
        .collect(Collectors.groupingBy(TicketRow::stageOrAll, TreeMap::new, Collectors.toList()));
    List<StagePrecision> stages = new ArrayList<>();
    byStage.forEach((stage, stageRows) -> {
      List<PrecisionPoint> points = new ArrayList<>();
      for (LocalDate week : weekStarts) {
        Instant end = week.plusWeeks(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant begin = week.minusWeeks(ROLLING_WEEKS - 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        points.add(point(week.toString(), stageRows,
            row -> !row.reviewedAt().isBefore(begin) && row.reviewedAt().isBefore(end)));
      }
      stages.add(new StagePrecision(stage, points));
    });
    Instant windowStart = start(weeks);
    List<TicketRow> inWindow = reviewed.stream().filter(row -> !row.reviewedAt().isBefore(windowStart)).toList();
    Map<List<String>, List<TicketRow>> byQueue = inWindow.stream().collect(Collectors.groupingBy(
        row -> List.of(row.queue() == null ? "unknown" : row.queue(), row.stageOrAll())));
    List<QueuePrecision> queues = byQueue.entrySet().stream()
        .map(e -> {
          int confirmed = (int) e.getValue().stream().filter(TicketRow::confirmed).count();
          int total = e.getValue().size();
          return new QueuePrecision(e.getKey().get(0), e.getKey().get(1), total, confirmed,
              ratio(confirmed, total), ratio(total - confirmed, total));
        })
        .sorted(Comparator.comparing(QueuePrecision::queue).thenComparing(QueuePrecision::stage))
        .toList();
    return new Precision(summaryOf(tickets.count(), rows.stream()
        .filter(row -> !row.scoredAt().isBefore(windowStart)).toList()),
        weekStarts.stream().map(LocalDate::toString).toList(), stages, queues);
  }

  private static PrecisionPoint point(String week, List<TicketRow> rows, Predicate<TicketRow> inWindow) {
    List<TicketRow> window = rows.stream().filter(inWindow).toList();
    int confirmed = (int) window.stream().filter(TicketRow::confirmed).count();
    return new PrecisionPoint(week, window.size(), confirmed, ratio(confirmed, window.size()));
  }

  private static Summary summaryOf(int allScored, List<TicketRow> rows) {
    int escalated = (int) rows.stream().filter(TicketRow::escalated).count();
    List<TicketRow> reviewed = rows.stream().filter(TicketRow::reviewed).toList();
    int confirmed = (int) reviewed.stream().filter(TicketRow::confirmed).count();
    return new Summary(allScored, escalated, reviewed.size(), confirmed, ratio(confirmed, reviewed.size()),
        ratio(reviewed.size() - confirmed, reviewed.size()));
  }

  /** Every week of the window, oldest first, each with its tickets (possibly none). */
  private Map<String, List<TicketRow>> byWeek(List<TicketRow> rows, int weeks) {
    Map<String, List<TicketRow>> result = new LinkedHashMap<>();
    for (LocalDate week : weekStarts(weeks)) {
      result.put(week.toString(), new ArrayList<>());
    }
    for (TicketRow row : rows) {
      List<TicketRow> bucket = result.get(weekOf(row.scoredAt()).toString());
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

  private Instant start(int weeks) {
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

  private static Double ratio(int part, int whole) {
    return whole == 0 ? null : round((double) part / whole);
  }

  static double round(double value) {
    return Math.round(value * 1000.0) / 1000.0;
  }
}
