package com.sentimenttriage.scoring;

/**
 * The text a ticket is scored and learned from: its masked subject and message, joined the same way wherever it is
 * built (scoring, backfill, recording, the learned model), so the model is applied to exactly what it was trained on.
 */
public final class TicketText {

  private TicketText() {
  }

  public static String of(String subject, String text) {
    String body = text == null ? "" : text;
    return subject == null || subject.isBlank() ? body : subject + ".\n" + body;
  }

  /**
   * The subject of a text joined by {@link #of}: its first line, without the joining full stop; for a text stored
   * without a subject, the message's first line. Null for no text.
   */
  public static String subjectOf(String joined) {
    if (joined == null || joined.isBlank()) {
      return null;
    }
    String first = joined.strip().lines().findFirst().orElse("").strip();
    return first.endsWith(".") && joined.strip().contains("\n") ? first.substring(0, first.length() - 1) : first;
  }
}
