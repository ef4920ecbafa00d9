package com.sentimenttriage.coaching;

import com.sentimenttriage.records.ThreadTurns;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The coaching view's figures from the thread_turn table ({@link ThreadTurns}): the window's turns, customer messages
 * scored once with the same scorer as triage (the polarity is then kept on the row), and the per-agent figures of
 * {@link CoachingFigures}. Agents below the minimum sample are counted but not named.
 */
@Service
@EnableConfigurationProperties(CoachingProperties.class)
public class CoachingReport {

  private final ThreadTurns threadTurns;
  private final SentimentScorer scorer;
  private final CoachingProperties properties;
  private final Clock clock;

  public CoachingReport(ThreadTurns threadTurns, SentimentScorer scorer, CoachingProperties properties, Clock clock) {
    this.threadTurns = threadTurns;
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
    Map<Long, Double> scored = new HashMap<>();
    threadTurns.forEachWrittenSince(since, row -> {
      String thread = row.source() + ":" + row.ticketId();
      if ("AGENT".equals(row.author())) {
        String id = row.agentId();
        turns.add(Turn.agent(thread, row.source() + ":" + (id != null ? id : row.agentName()), row.agentName(),
            row.writtenAt()));
        return;
      }
      double polarity;
      if (row.polarity() != null) {
        polarity = row.polarity();
      } else {
        polarity = Math.round(scorer.score(row.maskedText()).polarity() * 10_000) / 10_000.0;
        scored.put(row.id(), polarity);
      }
      turns.add(Turn.customer(thread, row.writtenAt(), polarity));
    });
    threadTurns.keepPolarities(scored);
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
