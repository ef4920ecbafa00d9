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
}
