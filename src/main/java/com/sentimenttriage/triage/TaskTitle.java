package com.sentimenttriage.triage;

/**
 * The name a user task shows in Tasklist's list: what to do, then what it is about, so that a list of cards reads
 * "Review escalation — Acme Corp: Export broken again (Critical)" rather than "Review escalation" eight times. The
 * BPMN keeps the business name of the step ("Review escalation"); a create listener sets the task's name from it.
 * Engine-free: the listeners pass in the values they read.
 */
public final class TaskTitle {

  /** Camunda keeps a task's name in a 255-character column. */
  static final int MAX_LENGTH = 255;
  /** A subject longer than this is cut, so the account and severity still show on a Tasklist card. */
  static final int MAX_SUBJECT = 80;
  private static final String DASH = " — ";
  private static final String OVERDUE = " (overdue)";

  private TaskTitle() {
  }

  /**
   * "{step} — {about}: {subject} ({severity})"; parts that are blank are left out with their punctuation.
   *
   * @param step     the task's BPMN name, e.g. "Review escalation"
   * @param about    whom it concerns: the account's name, or the requester's company domain
   * @param subject  the ticket's subject, masked
   * @param severity the gate's severity, or null where none applies
   */
  public static String of(String step, String about, String subject, String severity) {
    StringBuilder title = new StringBuilder(step);
    String what = join(clean(about), cut(clean(subject)));
    if (!what.isEmpty()) {
      title.append(DASH).append(what);
    }
    if (!clean(severity).isEmpty()) {
      title.append(" (").append(clean(severity)).append(')');
    }
    return title.length() <= MAX_LENGTH ? title.toString() : title.substring(0, MAX_LENGTH - 1) + "…";
  }

  /**
   * The title of a task whose SLA ran out: "Review escalation (overdue) — Acme Corp: …". The mark goes after the
   * step, where Tasklist's card shows it even when the rest is cut; a title marked already is returned as it is.
   */
  public static String overdue(String title) {
    if (title == null || title.contains(OVERDUE)) {
      return title;
    }
    int dash = title.indexOf(DASH);
    String marked = dash < 0 ? title + OVERDUE : title.substring(0, dash) + OVERDUE + title.substring(dash);
    return marked.length() <= MAX_LENGTH ? marked : marked.substring(0, MAX_LENGTH - 1) + "…";
  }

  private static String join(String about, String subject) {
    if (about.isEmpty()) {
      return subject;
    }
    return subject.isEmpty() ? about : about + ": " + subject;
  }

  private static String cut(String text) {
    return text.length() <= MAX_SUBJECT ? text : text.substring(0, MAX_SUBJECT - 1).stripTrailing() + "…";
  }

  /** One line: a subject may carry line breaks, which a Tasklist card would not show. */
  private static String clean(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }
}
