package com.sentimenttriage.alerting.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.sentimenttriage.alerting.AlertRetryPolicy;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The digest timers on an engine whose clock the test moves: the weekly one fires on Monday 08:00 and schedules
 * the next Monday; the daily one sends only when enabled. The models are deployed after the schedule bean is
 * registered, because a timer start event reads its cron at deployment.
 */
class DigestProcessesTest {

  @RegisterExtension
  static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("process-tests.camunda.cfg.xml").build();

  private final CsDigests digests = mock(CsDigests.class);
  private String deploymentId;

  private void deploy(DigestSchedule schedule) {
    Mocks.register(WeeklyDigestProcess.Beans.DIGEST_SCHEDULE, schedule);
    Mocks.register(WeeklyDigestProcess.Beans.ALERT_RETRY_POLICY, new AlertRetryPolicy("R3/PT5M"));
    Mocks.register(WeeklyDigestProcess.Beans.SEND_WEEKLY_DIGESTS, new SendWeeklyDigestsDelegate(digests));
    Mocks.register(DailyDigestProcess.Beans.SEND_DAILY_DIGESTS, new SendDailyDigestsDelegate(digests));
    deploymentId = repository().createDeployment()
        .addClasspathResource(WeeklyDigestProcess.RESOURCE)
        .addClasspathResource(DailyDigestProcess.RESOURCE)
        .deploy().getId();
  }

  @AfterEach
  void cleanUp() {
    if (deploymentId != null) {
      repository().deleteDeployment(deploymentId, true);
    }
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void theWeeklyDigestGoesOutOnMondayAtEightAndSchedulesTheNextMonday() {
    ClockUtil.setCurrentTime(local(2026, 11, 4, 10, 30)); // a Wednesday
    when(digests.sendWeekly(anyString())).thenReturn(3);
    deploy(new DigestSchedule("0 0 8 ? * MON", false, "0 0 8 ? * MON-FRI"));

    Job timer = timer(WeeklyDigestProcess.KEY);
    assertThat(timer.getDuedate()).isEqualTo(local(2026, 11, 9, 8, 0));

    ClockUtil.setCurrentTime(local(2026, 11, 9, 8, 0));
    management().executeJob(timer.getId());
    Job send = management().createJobQuery().activityId(WeeklyDigestProcess.Elements.SEND_WEEKLY_DIGESTS)
        .singleResult();
    management().executeJob(send.getId());

    verify(digests).sendWeekly(anyString());
    List<HistoricActivityInstance> ended = engine.getHistoryService().createHistoricActivityInstanceQuery()
        .activityId(WeeklyDigestProcess.Elements.WEEKLY_DIGESTS_SENT).list();
    assertThat(ended).hasSize(1);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .variableName(DigestVariables.DIGESTS_SENT.name()).singleResult().getValue()).isEqualTo(3);
    assertThat(timer(WeeklyDigestProcess.KEY).getDuedate()).isEqualTo(local(2026, 11, 16, 8, 0));
  }

  @Test
  void theCronComesFromConfiguration() {
    ClockUtil.setCurrentTime(local(2026, 11, 4, 10, 30));
    deploy(new DigestSchedule("0 30 17 ? * FRI", false, "0 0 8 ? * MON-FRI"));

    assertThat(timer(WeeklyDigestProcess.KEY).getDuedate()).isEqualTo(local(2026, 11, 6, 17, 30));
  }

  @Test
  void theDailyDigestIsSkippedUnlessEnabled() {
    ClockUtil.setCurrentTime(local(2026, 11, 4, 10, 30));
    deploy(new DigestSchedule("0 0 8 ? * MON", false, "0 0 8 ? * MON-FRI"));

    Job timer = timer(DailyDigestProcess.KEY);
    assertThat(timer.getDuedate()).isEqualTo(local(2026, 11, 5, 8, 0));
    management().executeJob(timer.getId());

    assertThat(management().createJobQuery().activityId(DailyDigestProcess.Elements.SEND_DAILY_DIGESTS).count())
        .isZero();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .activityId(DailyDigestProcess.Elements.DAILY_DIGEST_SKIPPED).count()).isEqualTo(1);
    verify(digests, never()).sendDaily(anyString());
  }

  @Test
  void theDailyDigestIsSentWhenEnabled() {
    ClockUtil.setCurrentTime(local(2026, 11, 4, 10, 30));
    deploy(new DigestSchedule("0 0 8 ? * MON", true, "0 0 8 ? * MON-FRI"));

    management().executeJob(timer(DailyDigestProcess.KEY).getId());
    management().executeJob(management().createJobQuery()
        .activityId(DailyDigestProcess.Elements.SEND_DAILY_DIGESTS).singleResult().getId());

    verify(digests).sendDaily(anyString());
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .activityId(DailyDigestProcess.Elements.DAILY_DIGESTS_SENT).count()).isEqualTo(1);
  }

  @Test
  void theContractsMatchTheModels() throws Exception {
    checkContract(WeeklyDigestProcess.RESOURCE, WeeklyDigestProcess.KEY, WeeklyDigestProcess.Elements.class,
        WeeklyDigestProcess.Beans.class);
    checkContract(DailyDigestProcess.RESOURCE, DailyDigestProcess.KEY, DailyDigestProcess.Elements.class,
        DailyDigestProcess.Beans.class);
  }

  private static void checkContract(String resource, String key, Class<?> elements, Class<?> beans)
      throws Exception {
    assertThat(resource).isEqualTo("processes/" + key + ".bpmn");
    byte[] xml;
    try (InputStream in = DigestProcessesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      xml = in.readAllBytes();
    }
    BpmnModelInstance model = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(xml));
    assertThat((Object) model.getModelElementById(key)).isNotNull();
    for (String id : constants(elements)) {
      assertThat((Object) model.getModelElementById(id)).as("element %s", id).isNotNull();
    }
    java.util.Set<String> referenced = new java.util.HashSet<>();
    Matcher m = Pattern.compile("\\$\\{(\\w+)(?:\\.\\w+)?}")
        .matcher(new String(xml, java.nio.charset.StandardCharsets.UTF_8));
    while (m.find()) {
      referenced.add(m.group(1));
    }
    assertThat(referenced).containsExactlyInAnyOrderElementsOf(constants(beans));
  }

  private static List<String> constants(Class<?> holder) throws IllegalAccessException {
    List<String> values = new java.util.ArrayList<>();
    for (java.lang.reflect.Field field : holder.getDeclaredFields()) {
      if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        values.add((String) field.get(null));
      }
    }
    return values;
  }

  private Job timer(String processKey) {
    return management().createJobQuery().timers()
        .processDefinitionKey(processKey).singleResult();
  }

  private static Date local(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ZoneId.systemDefault()).toInstant());
  }

  private static RepositoryService repository() {
    return engine.getRepositoryService();
  }

  private static ManagementService management() {
    return engine.getManagementService();
  }
}
