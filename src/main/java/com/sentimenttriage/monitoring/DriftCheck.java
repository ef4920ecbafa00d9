package com.sentimenttriage.monitoring;

import com.sentimenttriage.dashboard.TicketRow;
import com.sentimenttriage.records.ScoredTicketStore;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Compares one week's tickets with the weeks before it: the population stability index of the polarity distribution
 * (fixed bins) and of the topic distribution (each topic a ticket carries counts once; tickets without one count as
 * "No topic"). Only tickets the process scored count, so a backfill of old tickets does not look like a shift.
 * Weeks start on Monday, UTC, as on the dashboard.
 */
@Service
public class DriftCheck {

  static final String NO_TOPIC = "No topic";
  /** Bins and topics named in the report, per distribution. */
  static final int MOST_MOVED = 3;

  private final ScoredTicketStore tickets;
  private final DriftResults results;
  private final DriftProperties properties;
  private final PolarityBins polarityBins;
  private final Clock clock;

  public DriftCheck(ScoredTicketStore tickets, DriftResults results, DriftProperties properties, Clock clock) {
    this.tickets = tickets;
    this.results = results;
    this.properties = properties;
    this.polarityBins = new PolarityBins(properties.polarityBins());
    this.clock = clock;
  }

  /** The week a weekly run checks: the last complete one. */
  public LocalDate lastCompleteWeek() {
    return clock.instant().atZone(ZoneOffset.UTC).toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
  }

  /**
   * The week a person named, as yyyy-MM-dd of its Monday.
   *
   * @throws IllegalArgumentException saying what is wrong and which Monday was probably meant
   */
  public static LocalDate weekStart(String week) {
    LocalDate date;
    try {
      date = LocalDate.parse(week.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + (week.length() > 40 ? week.substring(0, 40) : week)
          + "' is not a date; give the Monday that starts the week as yyyy-MM-dd");
    }
    requireMonday(date);
    return date;
  }

  private static void requireMonday(LocalDate weekStart) {
    if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("A drift week starts on a Monday; " + weekStart + " is a "
          + weekStart.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ". Did you mean "
          + weekStart.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) + "?");
    }
  }

  /** Checks the week starting on {@code weekStart} (a Monday) against its baseline and stores the result. */
  public DriftResult check(LocalDate weekStart) {
    requireMonday(weekStart);
    List<Scored> week = scored(weekStart, weekStart.plusWeeks(1));
    List<Scored> baseline = scored(weekStart.minusWeeks(properties.baselineWeeks()), weekStart);
    DriftResult result = judge(weekStart, week, baseline);
    results.save(result);
    return result;
  }

  private DriftResult judge(LocalDate weekStart, List<Scored> week, List<Scored> baseline) {
    String period = String.format(Locale.ROOT, "The %d tickets of the week starting %s against the %d tickets of "
        + "the %d weeks before.%n%n", week.size(), weekStart, baseline.size(), properties.baselineWeeks());
    if (week.size() < properties.minimumTickets() || baseline.size() < properties.minimumTickets()) {
      return new DriftResult(weekStart, clock.instant(), properties.baselineWeeks(), week.size(), baseline.size(),
          null, null, DriftVerdict.TOO_FEW_TICKETS, period + "No verdict: at least " + properties.minimumTickets()
              + " tickets are needed in the week and in the baseline (triage.drift.minimum-tickets).");
    }
    PopulationStability.Result polarity = PopulationStability.of(
        polarityBins.count(baseline.stream().map(Scored::polarity).toList()),
        polarityBins.count(week.stream().map(Scored::polarity).toList()));
    PopulationStability.Result topics = PopulationStability.of(topicCounts(baseline), topicCounts(week));
    DriftVerdict verdict = verdict(Math.max(polarity.psi(), topics.psi()));
    String report = period + describe("Polarity", polarity) + "\n" + describe("Topic", topics);
    return new DriftResult(weekStart, clock.instant(), properties.baselineWeeks(), week.size(), baseline.size(),
        round(polarity.psi()), round(topics.psi()), verdict, report);
  }

  DriftVerdict verdict(double psi) {
    return psi >= properties.largeShift() ? DriftVerdict.LARGE
        : psi >= properties.moderateShift() ? DriftVerdict.MODERATE : DriftVerdict.STABLE;
  }

  private String describe(String distribution, PopulationStability.Result result) {
    DriftVerdict verdict = verdict(result.psi());
    String reading = switch (verdict) {
      case LARGE -> "large shift (from " + properties.largeShift() + ")";
      case MODERATE -> "moderate shift (" + properties.moderateShift() + " to " + properties.largeShift() + ")";
      default -> "stable (below " + properties.moderateShift() + ")";
    };
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s distribution: PSI %.3f, %s.%n",
        distribution, result.psi(), reading));
    text.append("Most moved:\n");
    for (PopulationStability.Bin bin : result.mostMoved(MOST_MOVED)) {
      text.append(String.format(Locale.ROOT, "  - %s: %s of tickets in the baseline, %s this week%n", bin.name(),
          percent(bin.expected()), percent(bin.actual())));
    }
    return text.toString();
  }

  private static Map<String, Integer> topicCounts(List<Scored> tickets) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Scored ticket : tickets) {
      List<String> topics = ticket.topics().isEmpty() ? List.of(NO_TOPIC) : ticket.topics();
      topics.forEach(topic -> counts.merge(topic, 1, Integer::sum));
    }
    return counts;
  }

  private record Scored(double polarity, List<String> topics) {
  }

  private List<Scored> scored(LocalDate from, LocalDate to) {
    return tickets.processScoredBetween(startOf(from), startOf(to)).stream()
        .map(s -> new Scored(s.polarity(), TicketRow.topicsOf(s.topics()))).toList();
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  private static String percent(double share) {
    return share <= PopulationStability.EPSILON ? "0%" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  private static double round(double value) {
    return Math.round(value * 10000.0) / 10000.0;
  }
}
