package com.sentimenttriage.gating;

import com.sentimenttriage.records.AlertAttachments;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Repository;

/**
 * The tickets the cooldown attached to an open alert instead of alerting again, as the reviewer reads them in the
 * {@code attachedTickets} variable: one line each, oldest first, with the start of the masked message. Every
 * reviewer sees it through the form, unlike the task's comments, which Camunda shows to admins only.
 */
@Repository
public class AttachedTicketLines {

  public static final String NONE_ATTACHED = "None so far";
  static final int MAX_LINES = 20;
  static final int EXCERPT = 90;
  /** Camunda keeps string variables in a 4,000-character column. */
  static final int MAX_TEXT = 3_900;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final AlertAttachments attachments;

  public AttachedTicketLines(AlertAttachments attachments) {
    this.attachments = attachments;
  }

  /** The variable's text for the alert raised by {@code alertProcessInstanceId}, from the attachments table. */
  public String describe(String alertProcessInstanceId) {
    String text = NONE_ATTACHED;
    for (String line : of(alertProcessInstanceId)) {
      text = append(text, line);
    }
    return text;
  }

  List<String> of(String alertProcessInstanceId) {
    return attachments.attachedTo(alertProcessInstanceId, MAX_LINES).stream()
        .map(a -> line(a.attachedAt(), a.businessKey(), a.frustration(), a.label(), a.maskedText())).toList();
  }

  /** {@code list} with {@code line} added last; the oldest lines give way when the text would outgrow a variable. */
  static String append(String list, String line) {
    String text = list == null || list.isBlank() || list.equals(NONE_ATTACHED) ? line : list + "\n" + line;
    while (text.length() > MAX_TEXT && text.indexOf('\n') > 0) {
      text = text.substring(text.indexOf('\n') + 1);
    }
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
  }

  static String line(Instant at, String businessKey, int frustration, String label, String text) {
    StringBuilder line = new StringBuilder(WHEN.format(at)).append("  ").append(businessKey)
        .append("  frustration ").append(frustration);
    if (label != null) {
      line.append(", ").append(label);
    }
    if (text != null && !text.isBlank()) {
      String oneLine = text.replaceAll("\\s+", " ").strip();
      line.append(": \"").append(oneLine.length() <= EXCERPT ? oneLine
          : oneLine.substring(0, EXCERPT - 1).stripTrailing() + "…").append('"');
    }
    return line.toString();
  }
}
