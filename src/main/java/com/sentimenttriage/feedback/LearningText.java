package com.sentimenttriage.feedback;

/** The text a ticket is scored and learned from: its masked subject and message, as the scorer reads them. */
final class LearningText {

  private LearningText() {
  }

  static String of(String subject, String text) {
    String body = text == null ? "" : text;
    return subject == null || subject.isBlank() ? body : subject + ".\n" + body;
  }
}
