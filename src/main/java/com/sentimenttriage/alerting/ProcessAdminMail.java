package com.sentimenttriage.alerting;

import com.sentimenttriage.triage.TicketTriageProcess;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * A plain-text mail to every process admin with an e-mail address (Camunda group {@code process-admins}): a role is
 * told, not a person. Used for what only process admins act on: a demoted rollout queue, a large drift.
 */
@Component
public class ProcessAdminMail {

  private static final Logger log = LoggerFactory.getLogger(ProcessAdminMail.class);

  private final IdentityService identityService;
  private final JavaMailSender mailSender;
  private final AlertProperties alertProperties;

  public ProcessAdminMail(IdentityService identityService, JavaMailSender mailSender, AlertProperties alertProperties) {
    this.identityService = identityService;
    this.mailSender = mailSender;
    this.alertProperties = alertProperties;
  }

  /** @return how many process admins were mailed; 0, with a warning in the log, when none has an address */
  public int send(String subject, String text) {
    List<String> recipients = identityService.createUserQuery()
        .memberOfGroup(TicketTriageProcess.Groups.PROCESS_ADMINS).list().stream()
        .map(User::getEmail)
        .filter(Objects::nonNull)
        .filter(email -> !email.isBlank())
        .toList();
    if (recipients.isEmpty()) {
      log.warn("No member of {} has an e-mail address, so nobody was told: {}",
          TicketTriageProcess.Groups.PROCESS_ADMINS, subject);
      return 0;
    }
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom(alertProperties.from());
    mail.setTo(recipients.toArray(String[]::new));
    mail.setSubject(subject);
    mail.setText(text);
    mailSender.send(mail);
    return recipients.size();
  }
}
