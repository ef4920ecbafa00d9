package com.sentimenttriage.rollout;

import com.sentimenttriage.alerting.AlertProperties;
import com.sentimenttriage.alerting.GroupEmails;
import com.sentimenttriage.triage.TicketTriageProcess;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Tells the process admins, by e-mail, that the policy took a queue's automation back, and why. */
@Component
public class RolloutMailer {

  private static final Logger log = LoggerFactory.getLogger(RolloutMailer.class);

  private final JavaMailSender mailSender;
  private final GroupEmails groupEmails;
  private final AlertProperties alertProperties;

  public RolloutMailer(JavaMailSender mailSender, GroupEmails groupEmails, AlertProperties alertProperties) {
    this.mailSender = mailSender;
    this.groupEmails = groupEmails;
    this.alertProperties = alertProperties;
  }

  public void sendDemotion(StageChange change) {
    List<String> recipients = groupEmails.of(TicketTriageProcess.Groups.PROCESS_ADMINS);
    if (recipients.isEmpty()) {
      log.warn("Queue {} was demoted to {}, but no member of {} has an e-mail address", change.queue(),
          change.to(), TicketTriageProcess.Groups.PROCESS_ADMINS);
      return;
    }
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom(alertProperties.from());
    mail.setTo(recipients.toArray(String[]::new));
    mail.setSubject("[Rollout] Queue " + change.queue() + " demoted from " + change.from() + " to " + change.to());
    mail.setText(String.format(Locale.ROOT, """
        The rollout policy moved queue %s from %s back to %s at %s.

        Why: %s

        Every gate hit of this queue is reviewed by a supervisor again before an alert goes out. Once the cause is
        fixed (gate rules, lexicon, routing), move the queue forward again in Tasklist ("Change rollout stage") or
        through POST /api/rollout/queues/%s/stage. The stage history: %s/api/rollout/history

        --
        sentiment-triage
        """, change.queue(), change.from(), change.to(), change.changedAt(), change.reason(), change.queue(),
        alertProperties.baseUrl()));
    mailSender.send(mail);
  }
}
