package com.sentimenttriage.templates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The Modeler element templates as shipped at the top of the repository, where the Modeler finds them. */
final class ElementTemplates {

  static final Path DIRECTORY = Path.of(".camunda", "element-templates");

  private ElementTemplates() {
  }

  /** Every template file; each holds one template (an object) or several (an array). */
  static List<Path> files() {
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode read(Path file) {
    try {
      return new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every template of every file. */
  static List<JsonNode> all() {
    return files().stream().map(ElementTemplates::read)
        .flatMap(node -> node.isArray() ? java.util.stream.StreamSupport.stream(node.spliterator(), false)
            : Stream.of(node))
        .toList();
  }
}
