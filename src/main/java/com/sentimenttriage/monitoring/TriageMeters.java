package com.sentimenttriage.monitoring;

import com.sentimenttriage.records.ScoreFlags;
import com.sentimenttriage.records.ScoredTicketStore;
import com.sentimenttriage.records.SentAlerts;
import com.sentimenttriage.records.TicketDeliveries;
import com.sentimenttriage.triage.TicketTriageProcess;
import com.sentimenttriage.triage.TriageVariables.EscalationAction;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * The triage figures for Prometheus ({@code /actuator/prometheus}). Counts come from the database at scrape time,
 * so they survive restarts and are the same on every node of a cluster: aggregate them with {@code max}, not
 * {@code sum}. Review latency is a timer recorded when a review is stored ({@link ScoredTicketStore}).
 */
@Component
public class TriageMeters implements MeterBinder {

  public static final String TICKETS_RECEIVED = "triage.tickets.received";
  public static final String TICKETS_SCORED = "triage.tickets.scored";
  public static final String DECISIONS = "triage.decisions";
  public static final String ALERTS_SENT = "triage.alerts.sent";
  public static final String ALERTS_FAILING = "triage.alerts.failing";
  public static final String REVIEW_QUEUE = "triage.review.queue.size";
  public static final String REVIEW_LATENCY = ScoredTicketStore.REVIEW_LATENCY;
  public static final String SCORE_FLAGS = "triage.score.flags";

  private final TicketDeliveries deliveries;
  private final ScoredTicketStore tickets;
  private final ScoreFlags flags;
  private final SentAlerts alerts;
  private final TaskService taskService;
  private final ManagementService managementService;

  public TriageMeters(TicketDeliveries deliveries, ScoredTicketStore tickets, ScoreFlags flags, SentAlerts alerts,
      TaskService taskService, ManagementService managementService) {
    this.deliveries = deliveries;
    this.tickets = tickets;
    this.flags = flags;
    this.alerts = alerts;
    this.taskService = taskService;
    this.managementService = managementService;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    FunctionCounter.builder(TICKETS_RECEIVED, this, m -> m.deliveries.count())
        .description("Tickets accepted from helpdesk webhooks").register(registry);
    FunctionCounter.builder(TICKETS_SCORED, this, m -> m.tickets.count())
        .description("Tickets scored and recorded").register(registry);
    for (EscalationAction action : EscalationAction.values()) {
      FunctionCounter.builder(DECISIONS, this, m -> m.tickets.countWithAction(action.name()))
          .description("Escalation gate decisions").tag("action", action.name()).register(registry);
    }
    FunctionCounter.builder(ALERTS_SENT, this, m -> m.alerts.count())
        .description("CS alerts handed to the mail server").register(registry);
    Gauge.builder(ALERTS_FAILING, managementService, jobs -> jobs.createJobQuery()
            .activityId(TicketTriageProcess.Elements.ALERT_CS_OWNER).withException().count())
        .description("CS alerts whose last delivery attempt failed (retrying or out of retries)")
        .register(registry);
    Gauge.builder(REVIEW_QUEUE, taskService, tasks -> tasks.createTaskQuery()
            .taskDefinitionKey(TicketTriageProcess.Elements.REVIEW_ESCALATION).count())
        .description("Escalations waiting for a supervisor's review").register(registry);
    FunctionCounter.builder(SCORE_FLAGS, this, m -> m.flags.count())
        .description("Scores flagged as wrong by agents and supervisors").register(registry);
  }
}
