package com.sentimenttriage.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The coaching figures on a constructed set of threads whose answers were worked out by hand (threshold 0.1):
 * <pre>
 * T1: C −0.2 · alice · C −0.6 · bob · C +0.3 · alice        alice −0.4 (worse), bob +0.9 (better), last alice open
 * T2: bob · C +0.1 · alice · alice · bob · C +0.05          first bob unmeasured; alice, bob −0.05 (noise), alice once
 * T3: C +0.5 · alice · C +0.2 · carol · C +0.25             alice −0.3 (worse), carol +0.05 (noise)
 * alice: 5 replies, 3 measured, 2 worse, 0 better, mean (−0.4 − 0.05 − 0.3)/3 = −0.25, share 2/3
 * bob:   3 replies, 2 measured, 0 worse, 1 better, mean (0.9 − 0.05)/2 = 0.425
 * carol: 1 reply,   1 measured, 0 worse, 0 better, mean 0.05
 * </pre>
 * Wilson 95 % for 2 of 3 by hand (z = 1.96, z² = 3.8415): centre (0.6667 + 0.6402)/2.2805 = 0.5731, half-width
 * 1.96/2.2805 · √(0.2222/3 + 3.8415/36) = 0.8594 · 0.4252 = 0.3654, so [0.2077, 0.9385].
 */
class CoachingFiguresTest {

  private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

  private static Instant at(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  private static Turn c(String thread, int minute, double polarity) {
    return Turn.customer(thread, at(minute), polarity);
  }

  private static Turn a(String thread, int minute, String agent) {
    return Turn.agent(thread, "zendesk:" + agent, agent.substring(0, 1).toUpperCase() + agent.substring(1), at(minute));
  }

  static List<Turn> constructedThreads() {
    return List.of(
        c("T1", 0, -0.2), a("T1", 5, "alice"), c("T1", 10, -0.6), a("T1", 15, "bob"), c("T1", 20, 0.3),
        a("T1", 25, "alice"),
        a("T2", 1, "bob"), c("T2", 6, 0.1), a("T2", 11, "alice"), a("T2", 12, "alice"), a("T2", 13, "bob"),
        c("T2", 16, 0.05),
        c("T3", 2, 0.5), a("T3", 7, "alice"), c("T3", 9, 0.2), a("T3", 30, "carol"), c("T3", 40, 0.25));
  }

  @Test
  void eachReplyIsMeasuredFromTheCustomerMessageBeforeItToTheNextOne() {
    // The order the turns arrive in does not matter: each thread is read in the order written.
    List<Turn> shuffled = new ArrayList<>(constructedThreads());
    Collections.shuffle(shuffled, new Random(17));

    Map<String, AgentFigures> figures = CoachingFigures.compute(shuffled, 0.1).stream()
        .collect(Collectors.toMap(AgentFigures::agent, Function.identity()));

    AgentFigures alice = figures.get("zendesk:alice");
    assertThat(alice.agentName()).isEqualTo("Alice");
    assertThat(alice.replies()).isEqualTo(5);
    assertThat(alice.measured()).isEqualTo(3);
    assertThat(alice.worsened()).isEqualTo(2);
    assertThat(alice.improved()).isZero();
    assertThat(alice.averageChange()).isCloseTo(-0.25, within(1e-9));
    assertThat(alice.worsenedShare()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(alice.interval().lower()).isCloseTo(0.2077, within(5e-4));
    assertThat(alice.interval().upper()).isCloseTo(0.9385, within(5e-4));

    AgentFigures bob = figures.get("zendesk:bob");
    assertThat(bob.replies()).isEqualTo(3);
    assertThat(bob.measured()).isEqualTo(2);
    assertThat(bob.worsened()).isZero();
    assertThat(bob.improved()).isEqualTo(1);
    assertThat(bob.averageChange()).isCloseTo(0.425, within(1e-9));
    assertThat(bob.worsenedShare()).isZero();

    AgentFigures carol = figures.get("zendesk:carol");
    assertThat(carol.replies()).isEqualTo(1);
    assertThat(carol.measured()).isEqualTo(1);
    assertThat(carol.worsened()).isZero();
    assertThat(carol.improved()).isZero();
    assertThat(carol.averageChange()).isCloseTo(0.05, within(1e-9));
    assertThat(figures).hasSize(3);
  }

  @Test
  void anAgentWhoseRepliesAreNeverAnsweredHasRepliesButNoShare() {
    List<AgentFigures> figures = CoachingFigures.compute(List.of(
        a("T9", 0, "dave"), c("T9", 1, -0.9), a("T9", 2, "dave")), 0.1);

    assertThat(figures).singleElement().satisfies(dave -> {
      assertThat(dave.replies()).isEqualTo(2);
      assertThat(dave.measured()).isZero();
      assertThat(dave.worsenedShare()).isNull();
      assertThat(dave.interval()).isNull();
    });
  }

  @Test
  void theWilsonIntervalMatchesHandComputedValues() {
    // 3 of 10: centre (0.3 + 0.1921)/1.3841 = 0.3555, half-width 1.4160 · √(0.021 + 0.0096) = 0.2477.
    WilsonInterval threeOfTen = WilsonInterval.of(3, 10);
    assertThat(threeOfTen.lower()).isCloseTo(0.1078, within(5e-4));
    assertThat(threeOfTen.upper()).isCloseTo(0.6032, within(5e-4));
    // 0 of 10: the interval still has width (a plain normal interval would be [0, 0]); upper = z²/(n + z²).
    WilsonInterval noneOfTen = WilsonInterval.of(0, 10);
    assertThat(noneOfTen.lower()).isZero();
    assertThat(noneOfTen.upper()).isCloseTo(3.8415 / 13.8415, within(5e-4));
  }
}
