package com.sentimenttriage.rollout;

import com.sentimenttriage.alerting.AlertProperties;
import com.sentimenttriage.alerting.ProcessAdminMail;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Tells the process admins, by e-mail, that the policy took a queue's automation back, and why. */
@Component
public class RolloutMailer {

  private final ProcessAdminMail processAdmins;
  private final AlertProperties alertProperties;

  public RolloutMailer(ProcessAdminMail processAdmins, AlertProperties alertProperties) {
    this.processAdmins = processAdmins;
    this.alertProperties = alertProperties;
  }

  public void sendDemotion(StageChange change) {
    processAdmins.send(
        "[Rollout] Queue " + change.queue() + " demoted from " + change.from() + " to " + change.to(),
        String.format(Locale.ROOT, """
        The rollout policy moved queue %s from %s back to %s at %s.

        Why: %s

        Every gate hit of this queue is reviewed by a supervisor again before an alert goes out. Once the cause is
        fixed (gate rules, lexicon, routing), move the queue forward again in Tasklist ("Change rollout stage") or
        through POST /api/rollout/queues/%s/stage. The stage history: %s/api/rollout/history

        --
        sentiment-triage
        """, change.queue(), change.from(), change.to(), change.changedAt(), change.reason(), change.queue(),
        alertProperties.baseUrl()));
  }
}
