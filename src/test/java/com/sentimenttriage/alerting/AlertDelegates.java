package com.sentimenttriage.alerting;

import static org.mockito.Mockito.mock;

import com.sentimenttriage.accounts.AccountDirectory;
import com.sentimenttriage.accounts.AccountSignals;
import com.sentimenttriage.records.SentAlerts;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.triage.TicketTriageProcess.Beans;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The real alert delegates for process tests, around a mocked mailer and alert record: one place instead of a copy
 * in every process test. Owners have no chat webhook unless a test gives one, so the chat steps pass through.
 */
public final class AlertDelegates {

  /** As in application.yaml, a recommended action per severity: what a ticket whose gate rule gives none carries. */
  public static final AlertProperties PROPERTIES = new AlertProperties("triage@example", "cs-managers@example",
      "http://localhost:8080", AlertProperties.DEFAULT_RETRY_CYCLE, Map.of(), Map.of(),
      Map.of("critical", "Call the customer today.", "high", "Reply personally within four business hours."),
      Duration.ofSeconds(5));

  private AlertDelegates() {
  }

  public static void register(AccountDirectory accounts, SentimentScorer scorer, CsAlertMailer mailer,
      SentAlerts sentAlerts, Clock clock) {
    register(accounts, scorer, mailer, mock(ChatWebhooks.class), mock(ChatAlertPoster.class), sentAlerts, clock);
  }

  /** With the chat webhooks and poster a test gives, to see what the chat steps post. */
  public static void register(AccountDirectory accounts, SentimentScorer scorer, CsAlertMailer mailer,
      ChatWebhooks webhooks, ChatAlertPoster poster, SentAlerts sentAlerts, Clock clock) {
    CsAlertComposer composer = new CsAlertComposer(accounts, mock(AccountSignals.class), scorer, PROPERTIES, clock);
    Mocks.register(Beans.ALERT_CS_OWNER, new AlertCsOwnerAdapter(composer, mailer, sentAlerts, clock));
    Mocks.register(Beans.POST_ALERT_TO_CHAT, new PostAlertToChatAdapter(webhooks, composer, poster, sentAlerts,
        clock));
    Mocks.register(Beans.ALERT_RETRY_POLICY, new AlertRetryPolicy(PROPERTIES));
    // The follow-through after the alert is its own process with its own tests (followthrough.CsFollowThroughProcessTest).
    Mocks.register(Beans.OPEN_CS_FOLLOW_THROUGH, (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
    });
  }
}
