package com.sentimenttriage.gating.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads scored history: the JSON lines the {@code score} command writes, as they are or with {@code mrr} and
 * {@code scoredAt} or {@code createdAt} (ISO-8601 instant) added; or a CSV with the columns frustration, mrr,
 * scoredAt. A missing MRR is read as null ({@link Calibration} says what it means); lines the score command
 * marked as errors are skipped.
 */
final class HistoryReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private HistoryReader() {
  }

  static List<HistoryEntry> read(Path file) throws IOException {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? readCsv(file)
        : readJsonLines(file);
  }

  private static List<HistoryEntry> readJsonLines(Path file) throws IOException {
    List<HistoryEntry> entries = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (IOException e) {
          throw new IllegalArgumentException("line " + number + " is not JSON");
        }
        if (node == null || !node.isObject() || node.has("error")) {
          continue;
        }
        JsonNode frustration = node.get("frustration");
        if (frustration == null || !frustration.isNumber()) {
          throw new IllegalArgumentException("line " + number + " has no numeric \"frustration\"");
        }
        JsonNode mrr = node.get("mrr");
        JsonNode at = node.hasNonNull("scoredAt") ? node.get("scoredAt") : node.get("createdAt");
        entries.add(new HistoryEntry(frustration.asInt(), mrr == null || mrr.isNull() ? null : mrr.asDouble(),
            instant(at == null || at.isNull() ? null : at.asText(), number)));
      }
    }
    return entries;
  }

  private static List<HistoryEntry> readCsv(Path file) throws IOException {
    List<HistoryEntry> entries = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord row : format.parse(reader)) {
        try {
          String mrr = row.isMapped("mrr") ? row.get("mrr") : "";
          String at = row.isMapped("scoredAt") ? row.get("scoredAt") : "";
          entries.add(new HistoryEntry(Integer.parseInt(row.get("frustration")),
              mrr.isEmpty() ? null : Double.valueOf(mrr),
              instant(at.isEmpty() ? null : at, (int) row.getRecordNumber() + 1)));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("line " + (row.getRecordNumber() + 1) + ": " + e.getMessage());
        }
      }
    }
    return entries;
  }

  private static Instant instant(String value, int line) {
    if (value == null) {
      return null;
    }
    try {
      return java.time.OffsetDateTime.parse(value).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("line " + line + " has an unreadable time: " + value);
    }
  }
}
