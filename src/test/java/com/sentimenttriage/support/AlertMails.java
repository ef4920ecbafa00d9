package com.sentimenttriage.support;

import com.icegreen.greenmail.util.GreenMail;
import com.sentimenttriage.alerting.MailParts;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts the CS alert e-mails a GreenMail received, per process instance. */
public final class AlertMails {

  /**
   * The alerted instance, from the link to the owner's follow-through task that every CS alert carries (the Cockpit
   * link is only there for a reader with Cockpit access), or from the Cockpit link.
   */
  private static final Pattern COCKPIT_LINK = Pattern.compile(
      "(?:Your task \\(playbook, outcome\\): \\S*/follow-through/|process-instance/)([0-9a-f-]{36})");

  private AlertMails() {
  }

  /**
   * Alert e-mails sent per alerted instance, found by the Cockpit link in the alert. GreenMail keeps one copy per
   * recipient, so a Critical alert copied to the CS manager arrives twice: the copies of an instance are divided by
   * its recipients. Message-IDs cannot tell sends apart: an alert sent twice carries one Message-ID (CsAlertMailer).
   */
  public static Map<String, Long> perInstance(GreenMail mail) throws Exception {
    Map<String, Long> copies = new HashMap<>();
    Map<String, Integer> recipients = new HashMap<>();
    for (Map.Entry<MimeMessage, String> received : byInstance(mail).entrySet()) {
      copies.merge(received.getValue(), 1L, Long::sum);
      recipients.put(received.getValue(), received.getKey().getAllRecipients().length);
    }
    Map<String, Long> sends = new HashMap<>();
    // Rounded up: a send whose copies are still being stored counts.
    copies.forEach((instance, count) -> {
      int perSend = recipients.get(instance);
      sends.put(instance, (count + perSend - 1) / perSend);
    });
    return sends;
  }

  /** The Message-IDs of the alert e-mails received so far, per alerted instance. */
  public static Map<String, Set<String>> messageIds(GreenMail mail) throws Exception {
    Map<String, Set<String>> messageIds = new HashMap<>();
    byInstance(mail).forEach((message, instance) -> messageIds.computeIfAbsent(instance, id -> new HashSet<>())
        .add(messageId(message)));
    return messageIds;
  }

  private static Map<MimeMessage, String> byInstance(GreenMail mail) throws Exception {
    Map<MimeMessage, String> instances = new IdentityHashMap<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      String text = MailParts.part(message, "text/plain");
      Matcher link = COCKPIT_LINK.matcher(text == null ? "" : text);
      if (link.find()) {
        instances.put(message, link.group(1));
      }
    }
    return instances;
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
