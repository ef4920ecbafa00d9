package com.sentimenttriage.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every element template follows the Camunda 7 element-templates JSON schema the Desktop Modeler validates them
 * against: src/test/resources/element-templates/schema.json is {@code @camunda/element-templates-json-schema} 0.22.1
 * from the npm registry (MIT licence, schema.LICENSE beside it), the version the templates' {@code $schema} names.
 */
class ElementTemplateSchemaTest {

  private static final String SCHEMA_VERSION = "@camunda/element-templates-json-schema@0.22.1/";

  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = ElementTemplateSchemaTest.class.getResourceAsStream("/element-templates/schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
  }

  static Stream<Path> templateFiles() {
    return ElementTemplates.files().stream();
  }

  @ParameterizedTest
  @MethodSource("templateFiles")
  void followsTheCamunda7ElementTemplatesSchema(Path file) {
    JsonNode template = ElementTemplates.read(file);

    assertThat(messages(schema.validate(template))).as(file.toString()).isEmpty();
    assertThat(template.path("$schema").asText()).as("the schema version it is checked against")
        .contains(SCHEMA_VERSION);
  }

  @Test
  void thereIsATemplateForEachBuildingBlockOfTheTriage() {
    assertThat(ElementTemplates.all()).extracting(t -> t.path("name").asText())
        .contains("Score ticket sentiment", "Look up customer account", "Alert CS owner",
            "Write back to the helpdesk", "Start CS follow-through");
    assertThat(ElementTemplates.all()).extracting(t -> t.path("id").asText() + "@" + t.path("version").asInt())
        .doesNotHaveDuplicates();
  }

  /** The validator does reject what the Modeler would refuse, so a passing check means something. */
  @Test
  void aTemplateThatBreaksTheSchemaIsRejected() {
    ObjectNode score = (ObjectNode) ElementTemplates.read(
        ElementTemplates.DIRECTORY.resolve("score-ticket-sentiment.json"));
    assertThat(schema.validate(score)).isEmpty();

    ObjectNode namelessInput = score.deepCopy();
    ((ObjectNode) namelessInput.withArray("properties").get(3).get("binding")).remove("name");
    ObjectNode unknownBinding = score.deepCopy();
    ((ObjectNode) unknownBinding.withArray("properties").get(0).get("binding")).put("type", "camunda:delegate");
    ObjectNode noAppliesTo = score.deepCopy();
    noAppliesTo.remove("appliesTo");

    assertThat(messages(schema.validate(namelessInput))).isNotEmpty();
    assertThat(messages(schema.validate(unknownBinding))).isNotEmpty();
    assertThat(messages(schema.validate(noAppliesTo))).isNotEmpty();
  }

  private static List<String> messages(List<Error> errors) {
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }
}
