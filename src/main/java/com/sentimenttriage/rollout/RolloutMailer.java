package com.sentimenttriage.rollout;

import com.sentimenttriage.alerting.AlertProperties;
import com.sentimenttriage.alerting.ProcessAdminMail;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Tells the process admins, by e-mail, when the policy moves a queue across the line between "a supervisor reviews
 * every alert" and "alerts go out unreviewed": a demotion back to review, and a graduation to AUTOMATED.
 */
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

  /**
   * From PROBATION to AUTOMATED: from now on only a small share of the queue's alerts is audited, so the admins
   * learn it the day it happens, as they do a demotion.
   */
  public void sendGraduation(StageChange change) {
    processAdmins.send(
        "[Rollout] Queue " + change.queue() + " graduated from " + change.from() + " to " + change.to(),
        String.format(Locale.ROOT, """
        The rollout policy moved queue %s from %s to %s at %s.

        Why: %s

        The queue's alerts now go to CS owners without a supervisor's review; only a small share is still audited,
        so its precision stays measured, and the policy demotes the queue again if it falls below the tolerance.
        To take the automation back yourself, move the queue to ASSISTIVE in Tasklist ("Change rollout stage") or
        through POST /api/rollout/queues/%s/stage. The stage history: %s/api/rollout/history

        --
        sentiment-triage
        """, change.queue(), change.from(), change.to(), change.changedAt(), change.reason(), change.queue(),
        alertProperties.baseUrl()));
  }
}
