package com.sentimenttriage.feedback.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The account traffic light as far as scored tickets tell it, until account health (issue 5) provides its own
 * {@link AccountTrends}: red when at least half of the last 30 days' tickets were negative, amber from a fifth,
 * green below. Accounts without tickets in the window are left out.
 */
@Component
public class ScoredTicketAccountTrends implements AccountTrends {

  static final int DAYS = 30;
  static final double RED_SHARE = 0.5;
  static final double AMBER_SHARE = 0.2;

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public ScoredTicketAccountTrends(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  private record Scored(long accountId, String name, double polarity, String label, LocalDate day) {
  }

  @Override
  public List<AccountTrend> last30Days() {
    LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate first = today.minusDays(DAYS - 1L);
    List<Scored> rows = jdbc.query("""
        select s.account_id, a.name, s.polarity, s.label, s.scored_at
          from scored_ticket s join account a on a.id = s.account_id
         where s.scored_at >= ?""",
        (rs, n) -> new Scored(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getString(4),
            rs.getTimestamp(5).toInstant().atZone(ZoneOffset.UTC).toLocalDate()),
        Timestamp.from(first.atStartOfDay().toInstant(ZoneOffset.UTC)));
    Map<Long, List<Scored>> byAccount = rows.stream().collect(Collectors.groupingBy(Scored::accountId));
    List<AccountTrend> trends = new ArrayList<>();
    byAccount.forEach((accountId, scored) -> {
      Double[] daily = new Double[DAYS];
      Map<LocalDate, Double> averages = scored.stream().collect(Collectors.groupingBy(Scored::day,
          Collectors.averagingDouble(Scored::polarity)));
      averages.forEach((day, average) -> {
        int index = (int) (day.toEpochDay() - first.toEpochDay());
        if (index >= 0 && index < DAYS) {
          daily[index] = Math.round(average * 1000) / 1000.0;
        }
      });
      int negative = (int) scored.stream()
          .filter(s -> "Urgent".equals(s.label()) || "Negative".equals(s.label())).count();
      double share = (double) negative / scored.size();
      Light light = share >= RED_SHARE ? Light.RED : share >= AMBER_SHARE ? Light.AMBER : Light.GREEN;
      double average = scored.stream().mapToDouble(Scored::polarity).average().orElse(0);
      trends.add(new AccountTrend(accountId, scored.get(0).name(), light,
          negative + " of " + scored.size() + " tickets negative in " + DAYS + " days", scored.size(), negative,
          Math.round(average * 1000) / 1000.0, Arrays.asList(daily)));
    });
    trends.sort(Comparator.comparing(AccountTrend::light).reversed()
        .thenComparing(AccountTrend::averagePolarity));
    return trends;
  }
}
