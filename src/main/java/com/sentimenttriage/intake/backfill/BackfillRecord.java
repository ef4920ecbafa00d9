package com.sentimenttriage.intake.backfill;

import java.time.OffsetDateTime;

/**
 * One historical ticket read from a backfill file, or the reason a line could not be read.
 *
 * @param line the file line where the record starts (1-based), for error messages
 * @param campaign the ticket's campaign or source (issue 17), null when the file holds none
 */
record BackfillRecord(long line, String source, String ticketId, String subject, String body,
    OffsetDateTime createdAt, String campaign, String error) {

  static BackfillRecord error(long line, String message) {
    return new BackfillRecord(line, null, null, null, null, null, null, message);
  }

  boolean isError() {
    return error != null;
  }
}
