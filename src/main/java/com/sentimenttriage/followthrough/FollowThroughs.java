package com.sentimenttriage.followthrough;

import static com.sentimenttriage.triage.TriageVariables.ADDITIONAL_ALERTS;
import static com.sentimenttriage.triage.TriageVariables.ALERT_PROCESS_INSTANCE_ID;
import static com.sentimenttriage.triage.TriageVariables.FOLLOW_THROUGH_KIND;

import com.sentimenttriage.records.FollowThroughRecords;
import com.sentimenttriage.records.FollowThroughRecords.Opened;
import com.sentimenttriage.triage.TriageVariables.FollowThroughKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The one bean that starts and finds CS follow-throughs (its RuntimeService, TaskService and ManagementService calls
 * live here): an alert opens one for its account, or joins the one still open for that account, noted on its task.
 */
@Component
public class FollowThroughs {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'", Locale.ENGLISH)
      .withZone(ZoneOffset.UTC);

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final FollowThroughRecords records;
  private final Clock clock;

  public FollowThroughs(RuntimeService runtime, TaskService tasks, ManagementService management,
      FollowThroughRecords records, Clock clock) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.records = records;
    this.clock = clock;
  }

  /**
   * An alert (or a promoter's ticket) handed to its account's CS owner.
   *
   * @param variables the triage variables the follow-through reads (account, ticket, gate outputs), by name
   */
  public record HandOver(String alertProcessInstanceId, String businessKey, FollowThroughKind kind, Long accountId,
      String accountName, String subject, String severity, String topics, Integer daysToRenewal,
      Instant ticketCreatedAt, Map<String, Object> variables) {
  }

  /** What became of a hand-over: the follow-through's instance, and whether it was opened now or joined. */
  public record Result(String followThroughInstanceId, boolean joined) {
  }

  public Result open(HandOver handOver) {
    Optional<String> already = records.followThroughOf(handOver.alertProcessInstanceId());
    if (already.isPresent()) {
      return new Result(already.get(), false);
    }
    Instant now = clock.instant();
    // Only an at-risk follow-through of a known account is one that later alerts join.
    Optional<String> open = handOver.kind() == FollowThroughKind.AT_RISK && handOver.accountId() != null
        ? records.openOrClaim(handOver.accountId(), handOver.alertProcessInstanceId()) : Optional.empty();
    if (open.isPresent()) {
      join(open.get(), handOver, now);
      return new Result(open.get(), true);
    }
    Map<String, Object> variables = new HashMap<>(handOver.variables());
    FOLLOW_THROUGH_KIND.putInto(variables, handOver.kind().name());
    ALERT_PROCESS_INSTANCE_ID.putInto(variables, handOver.alertProcessInstanceId());
    String instanceId = runtime.createMessageCorrelation(CsFollowThroughProcess.Messages.CS_ALERT_SENT)
        .processInstanceBusinessKey(CsFollowThroughProcess.businessKey(handOver.alertProcessInstanceId()))
        .setVariables(variables)
        .correlateStartMessage().getId();
    records.opened(new Opened(instanceId, handOver.alertProcessInstanceId(), handOver.businessKey(),
        handOver.accountId(), handOver.accountName(), handOver.kind(), handOver.severity(),
        FollowThroughTask.primaryTopic(handOver.topics()), handOver.daysToRenewal(), handOver.ticketCreatedAt(), now));
    return new Result(instanceId, false);
  }

  /** The line the task shows for a later alert, newest last; the event subprocess notes it on the open task. */
  private void join(String instanceId, HandOver handOver, Instant now) {
    // Asked before anything of the instance is read: the engine keeps what this transaction read of it until the
    // commit, and a correlation on an instance read while its first job was still preparing the task fails on the
    // optimistic lock once that job has committed (the alert's job then retries, its chat post with it).
    boolean preparing = stillPreparing(instanceId);
    String earlier = ADDITIONAL_ALERTS.find(runtime.getVariables(instanceId, List.of(ADDITIONAL_ALERTS.name())))
        .orElse("");
    String line = WHEN.format(now) + ": another alert"
        + (handOver.severity() == null ? "" : " (" + handOver.severity() + ")") + " — "
        + (handOver.subject() == null ? "(no subject)" : handOver.subject()) + " [" + handOver.businessKey() + "]";
    String lines = earlier.isEmpty() ? line : earlier + "\n" + line;
    if (preparing) {
      // Opened a moment ago (two alerts at once): its job is preparing the task now, and the message would change
      // the instance under that job, failing one of the two on the engine's optimistic lock. There is no task to
      // comment on yet; the line alone is what the task will show.
      runtime.setVariable(instanceId, ADDITIONAL_ALERTS.name(), lines);
    } else {
      runtime.createMessageCorrelation(CsFollowThroughProcess.Messages.ANOTHER_ALERT_FOR_ACCOUNT)
          .processInstanceId(instanceId)
          .setVariable(ADDITIONAL_ALERTS.name(), lines)
          .correlateWithResult();
    }
    records.joined(instanceId, handOver.alertProcessInstanceId());
  }

  /** Whether the follow-through's first job, which prepares its task, has yet to commit. */
  private boolean stillPreparing(String instanceId) {
    return management.createJobQuery().processInstanceId(instanceId)
        .activityId(CsFollowThroughProcess.Elements.ALERT_SENT).count() > 0;
  }

  /** The follow-through's open task, if it waits at one (not while it waits for a follow-up date). */
  public Optional<Task> openTaskOf(String followThroughInstanceId) {
    return tasks.createTaskQuery().processInstanceId(followThroughInstanceId).active().list().stream().findFirst();
  }

  /** Notes a line on the follow-through's open task, where Tasklist shows it among the task's comments. */
  public void noteOnTask(String followThroughInstanceId, String note) {
    openTaskOf(followThroughInstanceId).ifPresent(task -> tasks.createComment(task.getId(), followThroughInstanceId,
        note));
  }

  /** The open task of the follow-through an alert went to, as the caller may see it. */
  public Optional<Task> openTaskFor(String alertProcessInstanceId) {
    return records.followThroughOf(alertProcessInstanceId).flatMap(instanceId -> tasks.createTaskQuery()
        .processInstanceId(instanceId).active().list().stream().findFirst());
  }
}
