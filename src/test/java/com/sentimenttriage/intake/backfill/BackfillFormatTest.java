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

  @Test
  void aZendeskExportOnOneCompactLineOfMoreThanAMebibyteIsStreamed() throws Exception {
    // The shape Zendesk's API returns: {"tickets":[...],"next_page":...} without a single line break.
    StringBuilder export = new StringBuilder("{\"tickets\":[");
    String description = "The export is broken again and nobody answers. ".repeat(25);
    for (int id = 1; id <= 1200; id++) {
      export.append(id == 1 ? "" : ",").append("{\"id\":").append(id).append(",\"subject\":\"Export\",")
          .append("\"description\":\"").append(description).append("\",\"created_at\":\"2025-01-01T10:00:00Z\"}");
    }
    export.append("],\"next_page\":null,\"count\":1200,\"end_of_stream\":true}");
    assertThat(export.length()).isGreaterThan(1 << 20);
    assertThat(export.toString()).doesNotContain("\n");

    List<BackfillRecord> records = read(BackfillFormat.ZENDESK_EXPORT, export.toString());

    assertThat(records).hasSize(1200).noneMatch(BackfillRecord::isError);
    assertThat(records.get(1199).ticketId()).isEqualTo("1200");
  }

  @Test
  void aZendeskExportWithATicketPerLineStillReadsLineByLineAlsoWhenTheFirstTicketIsLong() throws Exception {
    String longText = "word ".repeat(20_000); // past the look-ahead that tells the two shapes apart
    List<BackfillRecord> records = read(BackfillFormat.ZENDESK_EXPORT, String.join("\n",
        "{\"url\": \"https://acme.zendesk.com/api/v2/tickets/1.json\", \"id\": 1, \"description\": \"" + longText + "\"}",
        "{not json",
        "{\"description\": \"" + longText + "\", \"id\": 3}"));

    assertThat(records).extracting(BackfillRecord::ticketId).containsExactly("1", null, "3");
    assertThat(records.get(1).error()).isEqualTo("is not valid JSON");
  }
}
