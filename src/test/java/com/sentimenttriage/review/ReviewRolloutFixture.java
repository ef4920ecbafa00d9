package com.sentimenttriage.review;

import static org.mockito.Mockito.mock;

import com.sentimenttriage.gating.AlertCooldowns;
import com.sentimenttriage.gating.AttachedTicketLines;
import com.sentimenttriage.gating.InMemoryAlertCooldowns;
import com.sentimenttriage.accounts.AccountDirectory;
import com.sentimenttriage.alerting.AlertProperties;
import com.sentimenttriage.engine.RoutingTables;
import com.sentimenttriage.records.AlertAttachments;
import com.sentimenttriage.records.LabelledExamples;
import com.sentimenttriage.records.ScoredTicketStore;
import com.sentimenttriage.rollout.AuditSampler;
import com.sentimenttriage.rollout.ChangeRolloutStageDelegate;
import com.sentimenttriage.rollout.CheckRolloutStageDelegate;
import com.sentimenttriage.rollout.QueueStages;
import com.sentimenttriage.rollout.Rollout;
import com.sentimenttriage.rollout.RolloutMailer;
import com.sentimenttriage.rollout.RolloutPolicy;
import com.sentimenttriage.rollout.RolloutProperties;
import com.sentimenttriage.rollout.RolloutStageChangeProcess;
import com.sentimenttriage.rollout.RouteToRolloutQueueDelegate;
import com.sentimenttriage.support.MigratedDatabase;
import com.sentimenttriage.triage.TicketTriageProcess.Beans;
import java.time.Clock;
import java.time.Duration;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The review and rollout beans of issue 6, wired by hand for process tests: real stores on a fresh H2 database
 * migrated by the application's own Flyway scripts, a mocked mail server, and an audit sampler whose random draw
 * the test sets.
 */
public final class ReviewRolloutFixture {

  /** Checked for a newer version on every evaluation, as the tests redeploy tables between tickets. */
  private static final RoutingTables ROUTING_TABLES = new RoutingTables(Duration.ZERO);

  public final JdbcTemplate jdbc;
  public final QueueStages stages;
  public final LabelledExamples examples;
  public final RolloutMailer rolloutMailer = mock(RolloutMailer.class);
  public final JavaMailSender reviewMail = mock(JavaMailSender.class);
  public final Rollout rollout;
  public final Judgements judgements;
  public final AlertProperties alertProperties =
      new AlertProperties("triage@example", "cs-managers@example", "http://localhost:8080");
  private final ReviewProperties reviewProperties;
  private final BusinessHours businessHours;
  private final AccountDirectory accounts;
  private final Clock clock;
  /** The next "random" draw of the audit sampler, in [0, 1). */
  public double nextDraw = 0.5;
  /** The cooldowns the review task listener marks; a test that registers the gate's own shares them here. */
  public AlertCooldowns cooldowns = new InMemoryAlertCooldowns();

  public ReviewRolloutFixture(RolloutProperties properties, BusinessHours businessHours, AccountDirectory accounts,
      Clock clock) {
    this.jdbc = MigratedDatabase.h2("review");
    this.stages = new QueueStages(jdbc);
    this.examples = new LabelledExamples(jdbc);
    this.rollout = new Rollout(stages, examples, new RolloutPolicy(properties), new AuditSampler(() -> nextDraw),
        rolloutMailer, properties, clock);
    this.judgements = new Judgements(examples, rollout, clock);
    this.reviewProperties = new ReviewProperties(Duration.ofDays(30), null);
    this.businessHours = businessHours;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** Registers every issue-6 delegate of both processes under its bean name. */
  public void registerDelegates() {
    Mocks.register(Beans.ROUTE_TO_ROLLOUT_QUEUE, new RouteToRolloutQueueDelegate(rollout, ROUTING_TABLES));
    Mocks.register(Beans.PREPARE_REVIEW, new PrepareReviewDelegate(businessHours, accounts,
        new EarlierTickets(new ScoredTicketStore(jdbc)), reviewProperties, clock));
    Mocks.register(Beans.REVIEW_TASK_LISTENER,
        new ReviewTaskListener(new AttachedTicketLines(new AlertAttachments(jdbc)), cooldowns));
    OverdueReviews overdue = new OverdueReviews(reviewMail, accounts, alertProperties);
    Mocks.register(Beans.ESCALATE_OVERDUE_REVIEW, new EscalateOverdueReviewDelegate(overdue));
    Mocks.register(Beans.REMIND_MANAGER, new RemindManagerDelegate(overdue));
    Mocks.register(Beans.CHECK_ROLLOUT_STAGE, new CheckRolloutStageDelegate(rollout, ROUTING_TABLES));
    Mocks.register(Beans.RECORD_AUDIT_OUTCOME, new RecordAuditOutcomeDelegate(judgements));
    Mocks.register(RolloutStageChangeProcess.Beans.CHANGE_ROLLOUT_STAGE, new ChangeRolloutStageDelegate(rollout));
    com.sentimenttriage.writeback.NoHelpdeskWriteBack.register();
  }
}
