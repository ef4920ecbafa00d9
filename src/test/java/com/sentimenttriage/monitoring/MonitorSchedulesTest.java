package com.sentimenttriage.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.sentimenttriage.alerting.AlertRetryPolicy;
import com.sentimenttriage.recall.RecallAuditProcess;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The monitors' timers on an engine whose clock the test sets: the drift check fires on Monday 06:00 and the recall
 * audit on the 1st of the month at 06:00; firing one starts the check as a job of its own. Process admins may start
 * either by hand.
 */
class MonitorSchedulesTest {

  @RegisterExtension
  static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("process-tests.camunda.cfg.xml").build();

  private String deploymentId;

  @BeforeEach
  void deployOnAWednesday() {
    ClockUtil.setCurrentTime(local(2026, 11, 4, 10, 30));
    Mocks.register(DriftMonitoringProcess.Beans.COMPARE_WEEK_WITH_BASELINE,
        mock(CompareWeekWithBaselineDelegate.class));
    Mocks.register(DriftMonitoringProcess.Beans.TELL_PROCESS_ADMINS, mock(TellProcessAdminsAboutShiftDelegate.class));
    Mocks.register(DriftMonitoringProcess.Beans.ALERT_RETRY_POLICY, new AlertRetryPolicy("R3/PT5M"));
    deploymentId = engine.getRepositoryService().createDeployment()
        .addClasspathResource(DriftMonitoringProcess.RESOURCE)
        .addClasspathResource(RecallAuditProcess.RESOURCE)
        .addClasspathResource(RecallAuditProcess.FORM_RESOURCE)
        .deploy().getId();
  }

  @AfterEach
  void cleanUp() {
    engine.getRepositoryService().deleteDeployment(deploymentId, true);
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void theDriftCheckRunsEveryMondayAtSixAsAJobOfItsOwn() {
    Job timer = timer(DriftMonitoringProcess.KEY);
    assertThat(timer.getDuedate()).isEqualTo(local(2026, 11, 9, 6, 0));

    ClockUtil.setCurrentTime(local(2026, 11, 9, 6, 0));
    management().executeJob(timer.getId());

    assertThat(management().createJobQuery()
        .activityId(DriftMonitoringProcess.Elements.COMPARE_WEEK_WITH_BASELINE).count()).isEqualTo(1);
    assertThat(timer(DriftMonitoringProcess.KEY).getDuedate()).isEqualTo(local(2026, 11, 16, 6, 0));
  }

  @Test
  void theRecallAuditRunsOnTheFirstOfEachMonthAsAJobOfItsOwn() {
    Job timer = timer(RecallAuditProcess.KEY);
    assertThat(timer.getDuedate()).isEqualTo(local(2026, 12, 1, 6, 0));

    ClockUtil.setCurrentTime(local(2026, 12, 1, 6, 0));
    management().executeJob(timer.getId());

    assertThat(management().createJobQuery()
        .activityId(RecallAuditProcess.Elements.SAMPLE_NON_ESCALATED_TICKETS).count()).isEqualTo(1);
    assertThat(timer(RecallAuditProcess.KEY).getDuedate()).isEqualTo(local(2027, 1, 1, 6, 0));
  }

  @Test
  void processAdminsMayStartBothByHand() {
    for (String key : new String[] {DriftMonitoringProcess.KEY, RecallAuditProcess.KEY}) {
      ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(key).singleResult();
      assertThat(engine.getRepositoryService().getIdentityLinksForProcessDefinition(definition.getId()))
          .as(key).anyMatch(link -> "process-admins".equals(link.getGroupId()));
      // Started by hand the instance goes straight to its first job, as when the timer fires.
      engine.getRuntimeService().startProcessInstanceById(definition.getId());
    }
    assertThat(management().createJobQuery().activityId(DriftMonitoringProcess.Elements.COMPARE_WEEK_WITH_BASELINE)
        .count()).isEqualTo(1);
    assertThat(management().createJobQuery().activityId(RecallAuditProcess.Elements.SAMPLE_NON_ESCALATED_TICKETS)
        .count()).isEqualTo(1);
  }

  private static Job timer(String processKey) {
    return management().createJobQuery().timers().processDefinitionKey(processKey).singleResult();
  }

  private static ManagementService management() {
    return engine.getManagementService();
  }

  private static Date local(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ZoneId.systemDefault()).toInstant());
  }
}
