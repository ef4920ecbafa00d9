package com.sentimenttriage.scoring.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the tab-separated data files: UTF-8, one record per line, blank lines and "#" comments skipped. */
final class Tsv {
  @FunctionalInterface
  interface RowHandler {
    void row(int lineNumber, String[] fields) throws IOException;
  }

  private Tsv() {}

  static void readResource(String resource, RowHandler handler) {
    readResource(resource, false, handler);
  }

  /**
   * @param optional whether a missing resource reads as empty (a language's data may lack a file: no sarcasm
   *     frames yet) rather than being an error
   */
  static void readResource(String resource, boolean optional, RowHandler handler) {
    InputStream in = Tsv.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      if (optional) {
        return;
      }
      throw new IllegalStateException("Missing resource " + resource + " on the classpath");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      read(reader, resource, handler);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read built-in resource " + resource, e);
    }
  }

  static void readFile(Path file, RowHandler handler) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      read(reader, file.toString(), handler);
    }
  }

  private static void read(BufferedReader reader, String source, RowHandler handler) throws IOException {
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      try {
        handler.row(lineNumber, line.split("\t", -1));
      } catch (RuntimeException e) {
        throw new IOException(source + " line " + lineNumber + ": " + e.getMessage(), e);
      }
    }
  }
}
