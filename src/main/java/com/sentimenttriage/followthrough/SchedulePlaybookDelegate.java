package com.sentimenttriage.followthrough;

import static com.sentimenttriage.triage.TriageVariables.ESCALATE_TO_MANAGER_AT;
import static com.sentimenttriage.triage.TriageVariables.FOLLOW_THROUGH_DUE;
import static com.sentimenttriage.triage.TriageVariables.PLAYBOOK;
import static com.sentimenttriage.triage.TriageVariables.PLAYBOOK_STEPS;

import com.sentimenttriage.followthrough.Playbook.Schedule;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Turns the playbook table's rows into the task's steps with their due times, the task's due date (the reminder)
 * and the CS manager's escalation time. The rows are removed again: the steps' text is what the task keeps.
 */
@Component("schedulePlaybookDelegate")
public class SchedulePlaybookDelegate implements JavaDelegate {

  /** A playbook that matched no step still gets due: a working day. */
  static final Duration NO_STEP_DUE = Duration.ofHours(8);

  private final FollowThroughProperties properties;
  private final FollowThroughCalendar calendar;
  private final Clock clock;

  public SchedulePlaybookDelegate(FollowThroughProperties properties, FollowThroughCalendar calendar, Clock clock) {
    this.properties = properties;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Playbook playbook = Playbook.of(PLAYBOOK.find(execution).orElse(List.of()));
    execution.removeVariable(PLAYBOOK.name());
    Schedule schedule = playbook.schedule(clock.instant(), calendar, properties.escalateAfter(), NO_STEP_DUE);
    PLAYBOOK_STEPS.set(execution, schedule.steps());
    FOLLOW_THROUGH_DUE.set(execution, Date.from(schedule.due()));
    ESCALATE_TO_MANAGER_AT.set(execution, Date.from(schedule.escalateAt()));
  }
}
