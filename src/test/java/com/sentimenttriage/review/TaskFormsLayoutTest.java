package com.sentimenttriage.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * What the shipped forms put in front of a supervisor and a CS manager, read from the Camunda Forms JSON: the
 * decision and a compact summary on the first screen, details grouped below, and read-only values without a
 * number field's spinner arrows. How it looks is the browser test's screenshots (TasklistReviewBrowserTest).
 */
class TaskFormsLayoutTest {

  private static JsonNode form(String name) throws IOException {
    return new ObjectMapper().readTree(Path.of("forms", name + ".form").toFile());
  }

  /** Every component, depth first, groups included. */
  private static List<JsonNode> all(JsonNode components) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode component : components) {
      found.add(component);
      found.addAll(all(component.path("components")));
    }
    return found;
  }

  private static List<String> keys(List<JsonNode> components) {
    return components.stream().filter(c -> c.has("key")).map(c -> c.get("key").asText()).toList();
  }

  @Test
  void theReviewFormPutsTheDecisionAndASummaryFirstAndGroupsTheDetailsBelow() throws IOException {
    List<JsonNode> top = new ArrayList<>();
    form("review-escalation").get("components").forEach(top::add);
    int firstGroup = top.indexOf(top.stream().filter(c -> c.path("type").asText().equals("group")).findFirst()
        .orElseThrow());
    List<JsonNode> first = top.subList(0, firstGroup);
    List<String> firstScreen = keys(first);
    String summary = first.stream().map(c -> c.path("text").asText()).collect(Collectors.joining("\n"));

    assertThat(summary).as("a compact summary in words, not a field each")
        .contains("{{accountName}}", "{{severity}}", "{{escalationReason}}", "{{subject}}", "{{reviewDueAt}}");
    assertThat(firstScreen).containsSubsequence("ticketText", "reviewDecision");
    assertThat(firstScreen).contains("scoreExplanation", "recommendedAction");
    assertThat(firstScreen).as("details wait below").doesNotContain("ticketId", "polarity", "plan", "mrr",
        "earlierTickets", "riskFactors");
    assertThat(keys(all(form("review-escalation").get("components")))).contains("ticketId", "polarity", "plan",
        "mrr", "earlierTickets", "riskFactors", "topics", "priority", "accountName", "severity", "escalationReason");
  }

  @Test
  void theReviewFormShowsReadOnlyNumbersWithoutSpinnersTheSentimentLightTheDueTimeTheThreadAndAttachedTickets()
      throws IOException {
    List<JsonNode> components = all(form("review-escalation").get("components"));
    Map<String, String> labels = components.stream().filter(c -> c.has("key"))
        .collect(Collectors.toMap(c -> c.get("key").asText(), c -> c.path("label").asText()));

    assertThat(components).as("no number field, whose spinner arrows suggest the value can be changed")
        .noneMatch(c -> c.path("type").asText().equals("number"));
    assertThat(labels.get("accountTrend")).isEqualTo("Account sentiment light");
    assertThat(labels).doesNotContainKey("reviewSla").containsEntry("reviewDueAt", "Review due");
    assertThat(labels).containsKeys("conversationThread", "attachedTickets");
    assertThat(components).as("the thread's trend, once a follow-up was scored")
        .anyMatch(c -> c.path("text").asText().contains("{{threadTrend}}"));
  }

  @Test
  void theChooseAccountFormLetsTheManagerSearchAndPickTheAccountBesideTheCustomersMessage() throws IOException {
    JsonNode form = form("link-unattached-ticket");
    List<JsonNode> components = all(form.get("components"));
    JsonNode account = components.stream().filter(c -> c.path("key").asText().equals("chosenAccount"))
        .findFirst().orElseThrow();

    assertThat(account.path("type").asText()).isEqualTo("select");
    assertThat(account.path("searchable").asBoolean()).isTrue();
    assertThat(account.path("valuesKey").asText()).isEqualTo("candidateAccounts");
    assertThat(keys(components)).contains("ticketText").doesNotContain("linkedAccountId");
    assertThat(StreamSupport.stream(form.get("components").spliterator(), false)
        .map(c -> c.path("text").asText()).collect(Collectors.joining())).doesNotContain("/api/accounts");
    assertThat(components).noneMatch(c -> c.path("type").asText().equals("number"));
  }
}
