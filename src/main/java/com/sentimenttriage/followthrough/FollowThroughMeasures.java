package com.sentimenttriage.followthrough;

import com.sentimenttriage.records.FollowThroughRecords;
import com.sentimenttriage.records.ScoredTicketStore;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The measures the seed recipe's benchmark table uses, read from the follow-through tables and scored_ticket
 * (engine-free): ticket → alert and alert → acknowledgement (median, p90), the CS action rate per severity and
 * per week, outcomes by severity and topic, the escalation rate, and the accounts alerted before their renewal
 * window. Each measure carries the sentence to show while it is empty, saying what makes it fill.
 */
@Component
public class FollowThroughMeasures {

  /** Frustration from which a ticket counts as frustrated for the escalation rate, as the gate's first rules. */
  static final int FRUSTRATED = 50;

  private final FollowThroughRecords records;
  private final ScoredTicketStore tickets;
  private final FollowThroughProperties properties;

  public FollowThroughMeasures(FollowThroughRecords records, ScoredTicketStore tickets,
      FollowThroughProperties properties) {
    this.records = records;
    this.tickets = tickets;
    this.properties = properties;
  }

  /** @param empty what to do while there is nothing to measure; null once there is */
  public record Timing(int count, Double medianMinutes, Double p90Minutes, String empty) {
  }

  /** @param rate acted on ÷ alerts sent; null without alerts */
  public record ActionRate(String group, int alerts, int actedOn, Double rate) {
  }

  public record OutcomeCount(String severity, String topic, String outcome, int count) {
  }

  public record Rate(int of, int reached, Double rate, String empty) {
  }

  public record Measures(int weeks, Timing ticketToAlert, Timing alertToAcknowledgement,
      List<ActionRate> actionRateBySeverity, List<ActionRate> actionRateByWeek, String actionRateEmpty,
      List<OutcomeCount> outcomes, String outcomesEmpty, Rate escalationRate, int renewalWindowDays,
      Rate caughtBeforeRenewal) {
  }

  private record Alert(String severity, Instant ticketCreatedAt, Instant alertedAt, Instant firstOutcomeAt,
      boolean actedOn, Long accountId, Integer daysToRenewal) {
  }

  public Measures measure(Instant now, int weeks) {
    Instant from = now.minus(Duration.ofDays(7L * weeks));
    // An alert counts as acted on once its owner recorded anything but "no action needed".
    List<Alert> alerts = records.atRiskAlertedSince(from,
        (rs, i) -> new Alert(rs.getString(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3)),
            instant(rs.getTimestamp(4)), rs.getInt(7) > 0, (Long) rs.getObject(5, Long.class),
            (Integer) rs.getObject(6, Integer.class)));

    Timing ticketToAlert = timing(alerts.stream().filter(a -> a.ticketCreatedAt() != null)
        .map(a -> Duration.between(a.ticketCreatedAt(), a.alertedAt())).toList(),
        "No alert yet: once a confirmed escalation reaches a CS owner, the time from the ticket to the alert shows "
            + "here.");
    Timing alertToAck = timing(alerts.stream().filter(a -> a.firstOutcomeAt() != null)
        .map(a -> Duration.between(a.alertedAt(), a.firstOutcomeAt())).toList(),
        "No alert acknowledged yet: CS owners record what they did in their task \"Act on at-risk account\" in "
            + "Tasklist.");

    Map<String, int[]> bySeverity = new TreeMap<>();
    Map<String, int[]> byWeek = new TreeMap<>();
    for (Alert alert : alerts) {
      count(bySeverity, alert.severity() == null ? "(none)" : alert.severity(), alert.actedOn());
      LocalDate week = LocalDate.ofInstant(alert.alertedAt(), ZoneOffset.UTC)
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      count(byWeek, week.toString(), alert.actedOn());
    }

    List<OutcomeCount> outcomes = records.outcomeCountsSince(from,
        (rs, i) -> new OutcomeCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));

    Integer frustrated = tickets.countFrustratedSince(FRUSTRATED, from);
    Integer reached = tickets.countFrustratedWithFollowThroughSince(FRUSTRATED, from);
    Rate escalation = rate(frustrated, reached, "No frustrated ticket yet (frustration " + FRUSTRATED
        + " or more): post one to the webhook, and this shows how many reached a CS owner.");

    int window = properties.renewalWindowDays();
    List<Long> accounts = alerts.stream().map(Alert::accountId).filter(id -> id != null).distinct().toList();
    long caught = alerts.stream().filter(a -> a.accountId() != null && a.daysToRenewal() != null
        && a.daysToRenewal() >= window).map(Alert::accountId).distinct().count();
    Rate beforeRenewal = rate(accounts.size(), (int) caught, "No account alerted yet: this counts the accounts "
        + "whose alert came at least " + window + " days before their renewal (triage.follow-through."
        + "renewal-window-days).");

    return new Measures(weeks, ticketToAlert, alertToAck, rates(bySeverity), rates(byWeek),
        alerts.isEmpty() ? "No alert sent yet: the action rate counts alerts whose CS owner recorded an outcome."
            : null,
        outcomes, outcomes.isEmpty() ? "No outcome recorded yet: CS owners choose one in their follow-through task."
            : null,
        escalation, window, beforeRenewal);
  }

  private static void count(Map<String, int[]> groups, String group, boolean actedOn) {
    int[] counts = groups.computeIfAbsent(group, g -> new int[2]);
    counts[0]++;
    if (actedOn) {
      counts[1]++;
    }
  }

  private static List<ActionRate> rates(Map<String, int[]> groups) {
    List<ActionRate> rates = new ArrayList<>();
    groups.forEach((group, counts) -> rates.add(new ActionRate(group, counts[0], counts[1],
        round((double) counts[1] / counts[0]))));
    return rates;
  }

  private static Rate rate(Integer of, Integer reached, String empty) {
    int total = of == null ? 0 : of;
    int hit = reached == null ? 0 : reached;
    return new Rate(total, hit, total == 0 ? null : round((double) hit / total), total == 0 ? empty : null);
  }

  /** Median and 90th percentile by nearest rank, in minutes to one decimal. */
  static Timing timing(List<Duration> durations, String empty) {
    if (durations.isEmpty()) {
      return new Timing(0, null, null, empty);
    }
    List<Duration> sorted = durations.stream().sorted(Comparator.naturalOrder()).toList();
    return new Timing(sorted.size(), minutes(percentile(sorted, 0.5)), minutes(percentile(sorted, 0.9)), null);
  }

  static Duration percentile(List<Duration> sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static double minutes(Duration duration) {
    return Math.round(duration.toMillis() / 6_000.0) / 10.0;
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
