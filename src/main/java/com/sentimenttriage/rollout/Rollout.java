package com.sentimenttriage.rollout;

import com.sentimenttriage.records.LabelledExample;
import com.sentimenttriage.records.LabelledExamples;
import com.sentimenttriage.review.JudgementListener;
import com.sentimenttriage.rollout.RolloutPolicy.Transition;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The rollout of automation, per queue: which stage a queue is in, whether an automated escalation is audited, and
 * the stage changes, manual or driven by measured precision. Every change is written to the audit trail; an
 * automatic demotion, and an automatic graduation to AUTOMATED, are also mailed to the process admins.
 */
@Service
public class Rollout implements JudgementListener {

  private static final Logger log = LoggerFactory.getLogger(Rollout.class);

  /** A queue as the API and the dashboard show it. */
  public record QueueStatus(String queue, RolloutStage stage, Instant since, Precision precision) {
  }

  /** A review or audit with the stage its queue was in when it was judged: the stage whose precision it counts in. */
  public record StagedJudgement(String queue, RolloutStage stage, LabelledExample.Kind kind, boolean correct,
      Instant judgedAt) {
  }

  private final QueueStages stages;
  private final LabelledExamples examples;
  private final RolloutPolicy policy;
  private final AuditSampler sampler;
  private final RolloutMailer mailer;
  private final RolloutProperties properties;
  private final Clock clock;

  public Rollout(QueueStages stages, LabelledExamples examples, RolloutPolicy policy, AuditSampler sampler,
      RolloutMailer mailer, RolloutProperties properties, Clock clock) {
    this.stages = stages;
    this.examples = examples;
    this.policy = policy;
    this.sampler = sampler;
    this.mailer = mailer;
    this.properties = properties;
    this.clock = clock;
  }

  public QueueStage stageOf(String queue) {
    return stages.find(queue).orElse(new QueueStage(queue, properties.defaultStage(), null));
  }

  /** Whether this automated escalation of a queue in {@code stage} goes to an auditor. */
  public boolean sampleForAudit(QueueStage stage) {
    return sampler.sample(policy.auditShare(stage.stage(), stage.since(), clock.instant()));
  }

  /** Precision over the queue's latest judgements in its current stage. */
  public Precision precision(String queue) {
    return Precision.of(examples.latestOutcomes(queue, stageOf(queue).since(), policy.window()));
  }

  public QueueStatus status(String queue) {
    QueueStage stage = stageOf(queue);
    return new QueueStatus(queue, stage.stage(), stage.since(), precision(queue));
  }

  @Override
  public void judged(String queue) {
    afterJudgement(queue);
  }

  /** Call after a judgement of the queue was recorded: graduates or demotes the queue when precision says so. */
  public Optional<StageChange> afterJudgement(String queue) {
    QueueStage current = stageOf(queue);
    Optional<Transition> transition = policy.evaluate(current.stage(),
        examples.latestOutcomes(queue, current.since(), policy.window()));
    if (transition.isEmpty()) {
      return Optional.empty();
    }
    Transition t = transition.get();
    StageChange change = new StageChange(queue, current.stage(), t.to(), StageChange.SYSTEM, clock.instant(),
        t.reason(), t.precision().valueOrNull(), t.precision().judged());
    if (!stages.apply(change, current.since() != null)) {
      log.info("Queue {} changed stage concurrently; not applying {}", queue, t.to());
      return Optional.empty();
    }
    log.info("Queue {} moved from {} to {}: {}", queue, change.from(), change.to(), change.reason());
    if (t.to() == RolloutStage.ASSISTIVE) {
      mailer.sendDemotion(change);
    } else if (t.to() == RolloutStage.AUTOMATED) {
      mailer.sendGraduation(change);
    }
    return Optional.of(change);
  }

  /**
   * A person's change of stage, with the precision at that moment for the record.
   *
   * @throws IllegalArgumentException when the queue is already in that stage or no reason is given
   * @throws IllegalStateException    when another change of the same queue committed first
   */
  public StageChange change(String queue, RolloutStage to, String changedBy, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Give a reason for the stage change");
    }
    if (changedBy == null || changedBy.isBlank()) {
      throw new IllegalArgumentException("A stage change needs a signed-in user");
    }
    QueueStage current = stageOf(queue);
    if (current.stage() == to) {
      throw new IllegalArgumentException("Queue " + queue + " is already in stage " + to);
    }
    Precision precision = precision(queue);
    StageChange change = new StageChange(queue, current.stage(), to, changedBy, clock.instant(), reason.strip(),
        precision.valueOrNull(), precision.judged());
    if (!stages.apply(change, current.since() != null)) {
      throw new IllegalStateException("Queue " + queue + " changed stage meanwhile; reload and try again");
    }
    return change;
  }

  /**
   * Every review and audit judged in [{@code from}, {@code until}), oldest first, each with the stage its queue was
   * in at that moment. Precision per stage counted from these is the policy's: {@link #precision} counts a queue's
   * judgements since it entered its current stage, and so does this.
   */
  public List<StagedJudgement> judgements(Instant from, Instant until) {
    Map<String, List<StageChange>> historyOf = history(null).stream()
        .collect(Collectors.groupingBy(StageChange::queue));
    return examples.judgedBetween(from, until).stream()
        .map(j -> new StagedJudgement(j.queue(),
            stageAt(historyOf.getOrDefault(j.queue(), List.of()), j.judgedAt(), j.queue()), j.kind(), j.correct(),
            j.judgedAt()))
        .toList();
  }

  /**
   * The stage a queue was in at {@code at}, from its changes, newest first. A judgement at the very moment of a change
   * counts in the new stage, as {@link #precision} counts those judged at or after the stage's start.
   */
  private RolloutStage stageAt(List<StageChange> newestFirst, Instant at, String queue) {
    for (StageChange change : newestFirst) {
      if (!change.changedAt().isAfter(at)) {
        return change.to();
      }
    }
    return newestFirst.isEmpty() ? stageOf(queue).stage() : newestFirst.get(newestFirst.size() - 1).from();
  }

  public List<StageChange> history(String queue) {
    return stages.history(queue);
  }
}
