package com.sentimenttriage.alerting;

import com.sentimenttriage.records.SentAlerts;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Posts the alert to the CS owner's chat webhook, when the owner configured one. Its own step and idempotency
 * key, recorded in the job's transaction and handed over last before the commit like the e-mail's: a webhook that is
 * down is retried without mailing twice, a re-run posts nothing, and a failure later in the same transaction (the
 * follow-through opened in it, the engine's flush) rolls the record back before anything was posted, so the retry
 * posts once.
 */
@Component("postAlertToChatAdapter")
public class PostAlertToChatAdapter implements JavaDelegate {

  static final String RECIPIENT = "[WEBHOOK]";

  private final ChatWebhooks webhooks;
  private final CsAlertComposer composer;
  private final ChatAlertPoster poster;
  private final SentAlerts sentAlerts;
  private final Clock clock;

  public PostAlertToChatAdapter(ChatWebhooks webhooks, CsAlertComposer composer, ChatAlertPoster poster,
      SentAlerts sentAlerts, Clock clock) {
    this.webhooks = webhooks;
    this.composer = composer;
    this.poster = poster;
    this.sentAlerts = sentAlerts;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<String> webhook = composer.owner(execution.getVariables()).map(CsAlert.Recipient::email)
        .flatMap(webhooks::forOwner);
    String key = AlertCsOwnerAdapter.idempotencyKey(execution);
    if (webhook.isEmpty() || sentAlerts.alreadySent(key)) {
      return;
    }
    CsAlert alert = composer.compose(key, execution.getProcessInstanceId(),
        AlertCsOwnerAdapter.reviewTask(execution), execution.getVariables());
    sentAlerts.record(key, alert.processInstanceId(), SentAlerts.CHAT, RECIPIENT, alert.mailSubject(),
        clock.instant());
    LastBeforeCommit.run(() -> poster.post(URI.create(webhook.get()), alert));
  }
}
