package com.sentimenttriage.intake.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Record validation in the file formats: each limit is reported with its own message. */
class BackfillFormatTest {

  private static List<BackfillRecord> read(BackfillFormat format, String text) throws Exception {
    List<BackfillRecord> records = new ArrayList<>();
    format.read(new BufferedReader(new StringReader(text)), format.defaultSource).forEachRemaining(records::add);
    return records;
  }

  @Test
  void aTooLongTicketIdAndATooLongSourceEachGetTheirOwnMessage() throws Exception {
    List<BackfillRecord> records = read(BackfillFormat.JSONL, String.join("\n",
        "{\"ticketId\": \"" + "7".repeat(201) + "\", \"body\": \"text\"}",
        "{\"ticketId\": \"T-2\", \"source\": \"" + "s".repeat(51) + "\", \"body\": \"text\"}",
        "{\"ticketId\": \"" + "7".repeat(200) + "\", \"source\": \"" + "s".repeat(50) + "\", \"body\": \"text\"}"));

    assertThat(records).hasSize(3);
    assertThat(records.get(0).error()).isEqualTo("has a ticket id longer than 200 characters");
    assertThat(records.get(1).error()).isEqualTo("has a source longer than 50 characters");
    assertThat(records.get(2).isError()).as("both at their limit").isFalse();
  }
}
