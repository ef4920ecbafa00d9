package com.sentimenttriage.intake.backfill;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import com.sentimenttriage.intake.HelpdeskText;
import com.sentimenttriage.intake.connector.CampaignRules;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The file formats the backfill reads, each as a stream of records so a file of any size needs constant memory:
 * <ul>
 *   <li>{@code csv}: a header row, then {@code ticket_id, subject, body, created_at} (also {@code id},
 *       {@code description}, {@code text}; optional {@code source} and {@code campaign} or {@code utm_campaign});</li>
 *   <li>{@code jsonl}: one JSON object per line with the generic webhook's fields ({@code ticketId, subject, body,
 *       createdAt}, optional {@code source} and {@code campaign});</li>
 *   <li>{@code zendesk-export}: Zendesk's incremental ticket export ({@code {"tickets": [...]}}) or its
 *       newline-delimited JSON export, ticket objects with {@code id, subject, description, created_at}; the
 *       campaign as the webhook finds it (the configured custom field, or a campaign tag: {@link CampaignRules}).</li>
 * </ul>
 */
enum BackfillFormat {
  CSV("csv", "generic"),
  JSONL("jsonl", "generic"),
  ZENDESK_EXPORT("zendesk-export", "zendesk");

  private static final ObjectMapper JSON = new ObjectMapper();

  final String option;
  final String defaultSource;

  BackfillFormat(String option, String defaultSource) {
    this.option = option;
    this.defaultSource = defaultSource;
  }

  static BackfillFormat of(String option) {
    for (BackfillFormat format : values()) {
      if (format.option.equalsIgnoreCase(option)) {
        return format;
      }
    }
    throw new IllegalArgumentException("Unknown format '" + option + "'; use csv, jsonl or zendesk-export");
  }

  Iterator<BackfillRecord> read(BufferedReader in, String source) throws IOException {
    return read(in, source, CampaignRules.Rule.DEFAULT);
  }

  /** @param zendeskCampaigns where a Zendesk export's tickets hold their campaign */
  Iterator<BackfillRecord> read(BufferedReader in, String source, CampaignRules.Rule zendeskCampaigns)
      throws IOException {
    return switch (this) {
      case CSV -> csv(in, source);
      case JSONL -> lines(in, node -> record(node, source, "ticketId", "body", "createdAt",
          text(node.node(), "campaign", null)));
      case ZENDESK_EXPORT -> zendesk(in, source, zendeskCampaigns);
    };
  }

  private interface NodeMapper {
    BackfillRecord map(LineNode node);
  }

  private record LineNode(long line, JsonNode node) {
  }

  private static Iterator<BackfillRecord> csv(Reader in, String source) throws IOException {
    CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setIgnoreEmptyLines(true).build().parse(in);
    Map<String, String> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    parser.getHeaderNames().forEach(name -> columns.put(name.replace("_", ""), name));
    String id = first(columns, "ticketid", "id");
    String body = first(columns, "body", "description", "text", "message");
    if (id == null || body == null) {
      throw new IOException("The CSV header needs a ticket_id (or id) and a body (or description, text) column");
    }
    String subject = first(columns, "subject", "title");
    String created = first(columns, "createdat", "created");
    String sourceColumn = first(columns, "source");
    String campaignColumn = first(columns, "campaign", "utmcampaign");
    Iterator<CSVRecord> records = parser.iterator();
    long[] nextLine = {2};
    return generator(() -> {
      try {
        if (!records.hasNext()) {
          return null;
        }
        long line = nextLine[0];
        CSVRecord r = records.next();
        nextLine[0] = parser.getCurrentLineNumber() + 1;
        if (!r.isConsistent()) {
          return BackfillRecord.error(line, "has " + r.size() + " fields, the header has " + columns.size());
        }
        return validated(line, value(r, sourceColumn, source), value(r, id, null), value(r, subject, null),
            value(r, body, null), value(r, created, null), value(r, campaignColumn, null));
      } catch (UncheckedIOException | IllegalStateException e) {
        BackfillRecord error = BackfillRecord.error(nextLine[0], "unreadable CSV: " + firstLine(e.getMessage()));
        nextLine[0] = Long.MAX_VALUE;
        return error;
      }
    });
  }

  private static String value(CSVRecord r, String column, String fallback) {
    return column != null && r.isSet(column) && !r.get(column).isBlank() ? r.get(column) : fallback;
  }

  private static String first(Map<String, String> columns, String... names) {
    for (String name : names) {
      if (columns.containsKey(name)) {
        return columns.get(name);
      }
    }
    return null;
  }

  private static Iterator<BackfillRecord> lines(BufferedReader in, NodeMapper mapper) {
    long[] line = {0};
    return generator(() -> {
      String text;
      try {
        do {
          text = in.readLine();
          line[0]++;
        } while (text != null && text.isBlank());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (text == null) {
        return null;
      }
      try {
        JsonNode node = JSON.readTree(text);
        if (node == null || !node.isObject()) {
          return BackfillRecord.error(line[0], "is not a JSON object");
        }
        return mapper.map(new LineNode(line[0], node));
      } catch (IOException e) {
        return BackfillRecord.error(line[0], "is not valid JSON");
      }
    });
  }

  /** How far ahead the shape of a Zendesk export is looked for; a single-line export is far longer. */
  private static final int SHAPE_LOOKAHEAD = 64 * 1024;

  private static Iterator<BackfillRecord> zendesk(BufferedReader in, String source, CampaignRules.Rule campaigns)
      throws IOException {
    if (isOneTicketPerLine(in)) {
      return lines(in, node -> zendeskTicket(node, source, campaigns));
    }
    JsonParser parser = JSON.getFactory().createParser(in);
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new IOException("A Zendesk export is a JSON object with a tickets array, or one ticket per line");
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      if ("tickets".equals(field) && parser.currentToken() == JsonToken.START_ARRAY) {
        return generator(() -> {
          try {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
              return null;
            }
            long line = parser.currentLocation().getLineNr();
            JsonNode ticket = parser.readValueAsTree();
            return zendeskTicket(new LineNode(line, ticket), source, campaigns);
          } catch (IOException e) {
            return BackfillRecord.error(parser.currentLocation().getLineNr(), "unreadable JSON; the rest of the "
                + "file is skipped: " + firstLine(e.getMessage()));
          }
        });
      }
      parser.skipChildren();
    }
    throw new IOException("The Zendesk export has no tickets array");
  }

  /**
   * Tells the newline-delimited export (a ticket object per line) from the {@code {"tickets": [...]}} export by the
   * first object's top-level fields, reading at most {@link #SHAPE_LOOKAHEAD} characters with the streaming parser:
   * the API returns the second shape as one compact line of any length, which is never read whole.
   */
  private static boolean isOneTicketPerLine(BufferedReader in) throws IOException {
    char[] start = new char[SHAPE_LOOKAHEAD];
    in.mark(SHAPE_LOOKAHEAD);
    int length = 0;
    for (int n; length < start.length && (n = in.read(start, length, start.length - length)) > 0; ) {
      length += n;
    }
    in.reset();
    try (JsonParser parser = JSON.getFactory().createParser(start, 0, length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
        String field = parser.currentName();
        if (field.equals("tickets")) {
          return false;
        }
        if (field.equals("id") || field.equals("description")) {
          return true; // a ticket's own fields
        }
        parser.nextToken();
        parser.skipChildren();
      }
      return true; // a first object without "tickets": a ticket per line
    } catch (IOException endOfLookahead) {
      // The first object's fields named neither: read it as the tickets export, which names what it lacks.
      return false;
    }
  }

  private static BackfillRecord zendeskTicket(LineNode node, String source, CampaignRules.Rule campaigns) {
    return record(node, source, "id", "description", "created_at", campaigns.campaign(node.node(), "tags"));
  }

  private static BackfillRecord record(LineNode line, String source, String idField, String bodyField,
      String createdField, String campaign) {
    JsonNode n = line.node();
    return validated(line.line(), text(n, "source", source), text(n, idField, null), text(n, "subject", null),
        text(n, bodyField, null), text(n, createdField, null), campaign);
  }

  private static String text(JsonNode node, String field, String fallback) {
    JsonNode value = node.get(field);
    return value != null && value.isValueNode() && !value.isNull() && !value.asText().isBlank()
        ? value.asText() : fallback;
  }

  private static BackfillRecord validated(long line, String source, String ticketId, String subject, String body,
      String created, String campaign) {
    if (ticketId == null) {
      return BackfillRecord.error(line, "has no ticket id");
    }
    if (ticketId.length() > 200) {
      return BackfillRecord.error(line, "has a ticket id longer than 200 characters");
    }
    if (source.length() > 50) {
      return BackfillRecord.error(line, "has a source longer than 50 characters");
    }
    if (body == null) {
      return BackfillRecord.error(line, "ticket " + ticketId + " has no text");
    }
    OffsetDateTime createdAt = null;
    if (created != null) {
      try {
        createdAt = OffsetDateTime.parse(created.strip());
      } catch (DateTimeParseException e) {
        return BackfillRecord.error(line, "ticket " + ticketId + " has an unreadable creation time (want ISO-8601)");
      }
    }
    return new BackfillRecord(line, source.toLowerCase(Locale.ROOT), ticketId.strip(), subject, body, createdAt,
        campaign == null || campaign.isBlank() ? null : HelpdeskText.cap(campaign.strip(), 200), null);
  }

  private static String firstLine(String message) {
    String text = String.valueOf(message);
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  /** An iterator over a supplier that answers null at the end. */
  private static Iterator<BackfillRecord> generator(Supplier<BackfillRecord> next) {
    return new Iterator<>() {
      private BackfillRecord buffered;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (buffered == null && !done) {
          buffered = next.get();
          done = buffered == null;
        }
        return buffered != null;
      }

      @Override
      public BackfillRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        BackfillRecord result = buffered;
        buffered = null;
        return result;
      }
    };
  }
}
