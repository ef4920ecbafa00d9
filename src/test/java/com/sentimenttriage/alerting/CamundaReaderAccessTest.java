package com.sentimenttriage.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.triage.TicketTriageProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may follow an alert's Tasklist and Cockpit links, decided by the demo's users, groups and authorizations on the
 * real engine: the same checks Tasklist and Cockpit make when the link is opened.
 */
class CamundaReaderAccessTest extends IntegrationTest {

  @Autowired
  CamundaReaderAccess access;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;

  @Test
  void onlyCamundaUsersWhoCanOpenTheTaskOrCockpitGetTheirLinks() {
    String instance = runtimeService.createProcessInstanceByKey(TicketTriageProcess.KEY)
        .businessKey(TicketTriageProcess.businessKey("generic", "ACCESS-1"))
        .setVariables(Map.of("priority", 50, "reviewDue", Date.from(Instant.now().plus(Duration.ofHours(4))),
            "unreviewedAlertAt", Date.from(Instant.now().plus(Duration.ofHours(8)))))
        .startBeforeActivity(TicketTriageProcess.Elements.REVIEW_ESCALATION)
        .execute().getId();
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();

    // Supervisors are the task's candidates; process admins may read every task; a CS manager is not a candidate
    // before the SLA runs out; a CS owner is no Camunda user at all.
    assertThat(access.canOpenTask("supervisor@sentiment-triage.example", task)).isTrue();
    assertThat(access.canOpenTask("admin@sentiment-triage.example", task)).isTrue();
    assertThat(access.canOpenTask("manager@sentiment-triage.example", task)).isFalse();
    assertThat(access.canOpenTask("dana@cs.example", task)).isFalse();
    assertThat(access.canOpenTask("supervisor@sentiment-triage.example", "no-such-task")).isFalse();

    assertThat(access.canOpenCockpit("admin@sentiment-triage.example")).isTrue();
    assertThat(access.canOpenCockpit("supervisor@sentiment-triage.example")).isFalse();
    assertThat(access.canOpenCockpit("dana@cs.example")).isFalse();
    assertThat(access.canOpenCockpit(null)).isFalse();

    runtimeService.deleteProcessInstance(instance, "test done");
  }
}
