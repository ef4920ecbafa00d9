package com.sentimenttriage.coaching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The per-agent figures from a set of thread turns, engine-free and deterministic.
 *
 * <p>Within each thread, in the order written: an agent's reply is measured against the customer message before it
 * and the next customer message after it; the change is {@code next − before} in polarity. Several replies between
 * the same two customer messages each get that one change, but an agent who replied twice in one gap counts once,
 * so a chatty agent does not weigh twice. A reply with no customer message before it (an outbound start) or none
 * after it yet (the customer has not answered) is counted as a reply but not measured: there is nothing to compare.
 * A change below {@code −threshold} is a worsening, above {@code +threshold} an improvement; in between it is noise.
 */
public final class CoachingFigures {

  private CoachingFigures() {
  }

  public static List<AgentFigures> compute(List<Turn> turns, double threshold) {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    Map<String, List<Turn>> threads = turns.stream()
        .sorted(Comparator.comparing(Turn::writtenAt))
        .collect(Collectors.groupingBy(Turn::thread, LinkedHashMap::new, Collectors.toList()));
    for (List<Turn> thread : threads.values()) {
      Double before = null;
      Set<String> gap = new LinkedHashSet<>();
      for (Turn turn : thread) {
        if (turn.isAgent()) {
          Tally tally = tallies.computeIfAbsent(turn.agent(), a -> new Tally(turn.agentName()));
          tally.replies++;
          if (turn.agentName() != null) {
            tally.name = turn.agentName();
          }
          if (before != null) {
            gap.add(turn.agent());
          }
          continue;
        }
        if (turn.polarity() == null) {
          continue;
        }
        if (!gap.isEmpty()) {
          // Only agents who replied after a customer message are in the gap, so before is set here.
          double change = turn.polarity() - before;
          gap.forEach(agent -> tallies.get(agent).measure(change, threshold));
          gap.clear();
        }
        before = turn.polarity();
      }
    }
    List<AgentFigures> figures = new ArrayList<>();
    tallies.forEach((agent, t) -> figures.add(t.figures(agent)));
    return figures;
  }

  private static final class Tally {
    String name;
    int replies;
    int measured;
    int worsened;
    int improved;
    double changeSum;

    Tally(String name) {
      this.name = name;
    }

    void measure(double change, double threshold) {
      measured++;
      changeSum += change;
      if (change < -threshold) {
        worsened++;
      } else if (change > threshold) {
        improved++;
      }
    }

    AgentFigures figures(String agent) {
      if (measured == 0) {
        return new AgentFigures(agent, name, replies, 0, 0, 0, null, null, null);
      }
      return new AgentFigures(agent, name, replies, measured, worsened, improved, changeSum / measured,
          (double) worsened / measured, WilsonInterval.of(worsened, measured));
    }
  }
}
