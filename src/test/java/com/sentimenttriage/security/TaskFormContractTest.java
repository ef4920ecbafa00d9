package com.sentimenttriage.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract read from the shipped forms: what a completion of each task may write. */
class TaskFormContractTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static TaskFormContract form(String name) throws IOException {
    try (InputStream form = Files.newInputStream(Path.of("forms", name + ".form"))) {
      return TaskFormContract.parse(form);
    }
  }

  /** The engine REST API's {"name": {"value": ..., "type": ...}}, from JSON text. */
  private static Map<String, JsonNode> variables(String json) throws IOException {
    Map<String, JsonNode> variables = new LinkedHashMap<>();
    JSON.readTree(json).fields().forEachRemaining(v -> variables.put(v.getKey(), v.getValue()));
    return variables;
  }

  @Test
  void theReviewFormLetsAPersonWriteTheDecisionAndWhatGoesWithItNothingItOnlyShows() throws IOException {
    TaskFormContract review = form("review-escalation");

    assertThat(review.formId()).isEqualTo("review-escalation");
    assertThat(review.writableKeys()).containsExactlyInAnyOrder("recommendedAction", "reviewDecision",
        "reclassifiedLabel", "reclassifiedTopic", "reviewComment");
  }

  @Test
  void whatTasklistSubmitsIsAllowed() throws IOException {
    assertThat(form("review-escalation").violations(variables("""
        {"recommendedAction": {"value": "Call today."}, "reviewDecision": {"value": "reclassify"},
         "reclassifiedLabel": {"value": "Negative"}, "reclassifiedTopic": {"value": null},
         "reviewComment": {"value": "", "type": "String"}}"""))).isEmpty();
    assertThat(form("link-unattached-ticket").violations(variables("""
        {"linkDecision": {"value": "link"}, "chosenAccount": {"value": "42"}}"""))).isEmpty();
  }

  @Test
  void aVariableTheFormDoesNotOfferAValueOutsideItsOptionsOrOfAnotherKindIsRefused() throws IOException {
    TaskFormContract review = form("review-escalation");

    assertThat(review.violations(variables("""
        {"reviewDecision": {"value": "confirm"}, "csOwnerEmail": {"value": "mallory@evil.example"}}""")))
        .containsExactly("csOwnerEmail is not a field of the form review-escalation");
    assertThat(review.violations(variables("""
        {"reviewDecision": {"value": "confirm"}, "accountName": {"value": "Shown only"}}""")))
        .as("a disabled field only shows data").containsExactly("accountName is not a field of the form review-escalation");
    assertThat(review.violations(variables("{\"reviewDecision\": {\"value\": \"bogus\"}}")))
        .containsExactly("reviewDecision must be one of confirm, dismiss, reclassify");
    assertThat(review.violations(variables("{\"reviewDecision\": {\"value\": \"confirm\", \"type\": \"Json\"}}")))
        .containsExactly("reviewDecision must be text");
    assertThat(review.violations(variables("""
        {"reviewDecision": {"value": "confirm"}, "reviewComment": {"value": {"a": 1}, "type": "Object"}}""")))
        .containsExactly("reviewComment must be text");
    assertThat(review.violations(variables("{\"reviewComment\": {\"value\": \"no decision\"}}")))
        .containsExactly("reviewDecision is required");
    assertThat(form("link-unattached-ticket").violations(variables("""
        {"linkDecision": {"value": "link"}, "chosenAccount": {"value": 42}}""")))
        .containsExactly("chosenAccount must be text");
    assertThat(form("link-unattached-ticket").violations(variables("""
        {"linkDecision": {"value": "link"}, "linkedAccountId": {"value": 42}}""")))
        .as("the account is picked in the form's select, not typed as an id")
        .containsExactly("linkedAccountId is not a field of the form link-unattached-ticket");
  }

  @Test
  void aTaskWithoutAFormAcceptsNoVariables() throws IOException {
    assertThat(TaskFormContract.NONE.violations(variables("{\"anything\": {\"value\": 1}}"))).hasSize(1);
    assertThat(TaskFormContract.NONE.violations(Map.of())).isEmpty();
  }
}
