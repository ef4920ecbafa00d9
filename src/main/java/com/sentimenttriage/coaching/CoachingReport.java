package com.sentimenttriage.coaching;

import com.sentimenttriage.scoring.engine.SentimentScorer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The coaching view's figures from the thread_turn table: the window's turns, customer messages scored once with
 * the same scorer as triage (the polarity is then kept on the row), and the per-agent figures of
 * {@link CoachingFigures}. Agents below the minimum sample are counted but not named.
 */
@Service
@EnableConfigurationProperties(CoachingProperties.class)
public class CoachingReport {

  private final JdbcTemplate jdbc;
  private final SentimentScorer scorer;
  private final CoachingProperties properties;
  private final Clock clock;

  public CoachingReport(JdbcTemplate jdbc, SentimentScorer scorer, CoachingProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.scorer = scorer;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * @param agents the agents with at least the minimum sample of measured replies, the largest share of worsenings
   *               first by the interval's lower bound (so a share on few replies does not top the list by chance)
   * @param belowMinimumSample how many agents replied but had fewer measured replies than the minimum
   */
  public record Report(int weeks, int minimumSample, double worseningThreshold, int threadsWithReplies,
      List<AgentFigures> agents, int belowMinimumSample) {
  }

  public Report report() {
    Instant since = clock.instant().minus(Duration.ofDays(7L * properties.weeks()));
    List<Turn> turns = new ArrayList<>();
    List<Object[]> scored = new ArrayList<>();
    jdbc.query("""
        select id, source, ticket_id, author, agent_id, agent_name, masked_text, written_at, polarity
          from thread_turn where written_at >= ? order by written_at, id""", row -> {
      String thread = row.getString("source") + ":" + row.getString("ticket_id");
      Instant written = row.getTimestamp("written_at").toInstant();
      if ("AGENT".equals(row.getString("author"))) {
        String id = row.getString("agent_id");
        turns.add(Turn.agent(thread, row.getString("source") + ":" + (id != null ? id : row.getString("agent_name")),
            row.getString("agent_name"), written));
        return;
      }
      double polarity;
      if (row.getObject("polarity") != null) {
        polarity = row.getDouble("polarity");
      } else {
        polarity = Math.round(scorer.score(row.getString("masked_text")).polarity() * 10_000) / 10_000.0;
        scored.add(new Object[] {polarity, row.getLong("id")});
      }
      turns.add(Turn.customer(thread, written, polarity));
    }, Timestamp.from(since));
    if (!scored.isEmpty()) {
      jdbc.batchUpdate("update thread_turn set polarity = ? where id = ?", scored);
    }
    List<AgentFigures> all = CoachingFigures.compute(turns, properties.worseningThreshold());
    List<AgentFigures> shown = all.stream()
        .filter(a -> a.measured() >= Math.max(1, properties.minimumSample()))
        .sorted(Comparator.comparing((AgentFigures a) -> a.interval().lower()).reversed()
            .thenComparing(AgentFigures::worsenedShare, Comparator.reverseOrder())
            .thenComparing(AgentFigures::agent))
        .toList();
    long threads = turns.stream().filter(Turn::isAgent).map(Turn::thread).distinct().count();
    return new Report(properties.weeks(), properties.minimumSample(), properties.worseningThreshold(),
        (int) threads, shown, all.size() - shown.size());
  }
}
