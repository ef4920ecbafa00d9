package com.sentimenttriage.followthrough;

import com.sentimenttriage.alerting.AlertProperties;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The follow-through's two e-mails: the reminder to the CS owner at the task's due time, and the note to the CS
 * manager when the task is still open a period later. Plain text with the link to the task; no ticket text.
 */
@Component
public class FollowThroughMailer {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm 'UTC'", Locale.ENGLISH)
      .withZone(ZoneOffset.UTC);

  private final JavaMailSender mailSender;
  private final AlertProperties alertProperties;

  public FollowThroughMailer(JavaMailSender mailSender, AlertProperties alertProperties) {
    this.mailSender = mailSender;
    this.alertProperties = alertProperties;
  }

  /** @param to the CS owner's e-mail, or the fallback recipient when the account names none */
  public record Reminder(String to, String ownerName, String taskTitle, Instant due, String playbookSteps,
      String taskLink) {
  }

  /** @param to the account's CS manager, or the fallback recipient */
  public record Escalation(String to, String ownerName, String taskTitle, Instant due, String taskLink) {
  }

  public void remind(Reminder reminder) {
    send(reminder.to(), "Reminder: " + reminder.taskTitle(), String.format(Locale.ROOT, """
        Hello %s,

        your task "%s" was due %s and is still open.

        The playbook:
        %s

        Record what you did (or set a follow-up date) in your task: %s

        --
        sentiment-triage
        """, greeting(reminder.ownerName()), reminder.taskTitle(), WHEN.format(reminder.due()),
        reminder.playbookSteps(), reminder.taskLink()));
  }

  public void escalate(Escalation escalation) {
    send(escalation.to(), "[Still open] " + escalation.taskTitle(), String.format(Locale.ROOT, """
        Hello,

        the follow-through "%s" of %s was due %s and is still open; the owner was reminded then.
        CS managers see the task in Tasklist and can act on it: %s

        --
        sentiment-triage
        """, escalation.taskTitle(), escalation.ownerName() == null ? "its CS owner" : escalation.ownerName(),
        WHEN.format(escalation.due()), escalation.taskLink()));
  }

  public String fallbackRecipient() {
    return alertProperties.fallbackRecipient();
  }

  private void send(String to, String subject, String text) {
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom(alertProperties.from());
    mail.setTo(to == null || to.isBlank() ? alertProperties.fallbackRecipient() : to);
    mail.setSubject(subject);
    mail.setText(text);
    mailSender.send(mail);
  }

  private static String greeting(String name) {
    return name == null || name.isBlank() ? "there" : name.split(" ")[0];
  }
}
