package com.sentimenttriage.support;

import com.icegreen.greenmail.util.GreenMail;
import com.sentimenttriage.alerting.MailParts;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts the CS alert e-mails a GreenMail received, per process instance. */
public final class AlertMails {

  private static final Pattern COCKPIT_LINK = Pattern.compile("process-instance/([0-9a-f-]{36})");

  private AlertMails() {
  }

  /**
   * Distinct e-mails (by Message-ID) per alerted instance, found by the Cockpit link in the alert. GreenMail keeps
   * one copy per recipient, so a Critical alert copied to the CS manager arrives twice with one Message-ID.
   */
  public static Map<String, Long> perInstance(GreenMail mail) throws Exception {
    Map<String, Long> counts = new HashMap<>();
    messageIds(mail).forEach((instance, ids) -> counts.put(instance, (long) ids.size()));
    return counts;
  }

  /** The Message-IDs of the alert e-mails received so far, per alerted instance. */
  public static Map<String, Set<String>> messageIds(GreenMail mail) throws Exception {
    Map<String, Set<String>> messageIds = new HashMap<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      String text = MailParts.part(message, "text/plain");
      Matcher link = COCKPIT_LINK.matcher(text == null ? "" : text);
      if (link.find()) {
        messageIds.computeIfAbsent(link.group(1), id -> new HashSet<>()).add(message.getMessageID());
      }
    }
    return messageIds;
  }
}
