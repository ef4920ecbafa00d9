package com.sentimenttriage.writeback;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.sentimenttriage.writeback.FreshdeskStub.noteCreate;
import static com.sentimenttriage.writeback.FreshdeskStub.noteCreated;
import static com.sentimenttriage.writeback.FreshdeskStub.rateLimited;
import static com.sentimenttriage.writeback.FreshdeskStub.ticket;
import static com.sentimenttriage.writeback.FreshdeskStub.ticketRead;
import static com.sentimenttriage.writeback.FreshdeskStub.ticketUpdate;
import static com.sentimenttriage.writeback.FreshdeskStub.updated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Freshdesk writer against a stub that answers only Freshdesk API v2's documented request shapes. */
class FreshdeskWriterTest {

  @RegisterExtension
  static WireMockExtension freshdesk = FreshdeskStub.server();

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-21T07:27:00Z"), ZoneOffset.UTC);

  private final FreshdeskWriter writer = FreshdeskStub.writer(freshdesk, CLOCK);

  /** Negative, escalated or not, with the actions table's urgent priority, senior group and SLA tag. */
  private static WriteBack negative(boolean escalated) {
    return new WriteBack("freshdesk", "812", "Negative", 82, List.of("Billing", "Login problems"), "ALERT", "High",
        "Third invoice error this quarter; threatens to cancel.", escalated,
        List.of(new HelpdeskAction("priority", "urgent"), new HelpdeskAction("group", "senior-support"),
            new HelpdeskAction("tag", "st_sla_negative")));
  }

  /** The documented update body for {@link #negative}: the ticket's own tags kept, ours replaced. */
  private static String negativeUpdate(boolean escalated) {
    return """
        {"custom_fields": {"cf_sentiment": "Negative", "cf_frustration": 82, "cf_topics": "Billing, Login problems",
                           "cf_triage_action": "ALERT", "cf_triage_severity": "High",
                           "cf_triage_explanation": "Third invoice error this quarter; threatens to cancel."},
         "tags": ["vip", "renewal", "st_negative", "st_severity_high", "st_action_alert", %s"st_sla_negative"],
         "priority": 4, "group_id": 4200}""".formatted(escalated ? "\"st_escalated\", " : "");
  }

  private static final String NEGATIVE_UPDATE = negativeUpdate(false);

  @Test
  void writesFieldsAndReplacesOurTagsKeepingTheTicketsOwn() {
    freshdesk.stubFor(ticketRead("812").willReturn(ticket("812",
        "[\"vip\", \"st_positive\", \"renewal\", \"st_severity_low\", \"ST_escalated\"]")));
    freshdesk.stubFor(ticketUpdate("812", NEGATIVE_UPDATE).willReturn(updated("812")));

    writer.write(negative(false));

    freshdesk.verify(1, putRequestedFor(urlPathEqualTo("/api/v2/tickets/812")));
    freshdesk.verify(0, postRequestedFor(urlPathEqualTo("/api/v2/tickets/812/notes")));
  }

  @Test
  void anEscalatedTicketGetsOnePrivateNoteWithTheExplanation() {
    freshdesk.stubFor(ticketRead("812").willReturn(ticket("812", "[\"vip\", \"renewal\"]")));
    freshdesk.stubFor(ticketUpdate("812", negativeUpdate(true)).willReturn(updated("812")));
    freshdesk.stubFor(noteCreate("812").willReturn(noteCreated()));

    writer.write(negative(true));

    List<LoggedRequest> notes = freshdesk.findAll(postRequestedFor(urlPathEqualTo("/api/v2/tickets/812/notes")));
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).getBodyAsString())
        .contains("frustration 82/100", "Third invoice error this quarter; threatens to cancel.");
  }

  @Test
  void theSameWriteBackTwiceSendsTheSameUpdateSoTagsAreReplacedNotAppended() {
    // Freshdesk answers the second read with the tags the first update set.
    freshdesk.stubFor(ticketRead("812").inScenario("write twice").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(ticket("812", "[\"vip\", \"renewal\"]")).willSetStateTo("written"));
    freshdesk.stubFor(ticketRead("812").inScenario("write twice").whenScenarioStateIs("written")
        .willReturn(ticket("812", "[\"vip\", \"renewal\", \"st_negative\", \"st_severity_high\","
            + " \"st_action_alert\", \"st_sla_negative\"]")));
    freshdesk.stubFor(ticketUpdate("812", NEGATIVE_UPDATE).willReturn(updated("812")));

    writer.write(negative(false));
    writer.write(negative(false));

    List<LoggedRequest> updates = freshdesk.findAll(putRequestedFor(urlPathEqualTo("/api/v2/tickets/812")));
    assertThat(updates).hasSize(2);
    assertThat(updates.get(1).getBodyAsString()).isEqualTo(updates.get(0).getBodyAsString());
  }

  @Test
  void aPassiveWriteBackSendsNoPriorityOrGroup() {
    freshdesk.stubFor(ticketRead("813").willReturn(ticket("813", "[]")));
    freshdesk.stubFor(ticketUpdate("813", """
        {"custom_fields": {"cf_sentiment": "Neutral", "cf_frustration": 20, "cf_topics": "",
                           "cf_triage_action": "LOG", "cf_triage_severity": "None", "cf_triage_explanation": "Calm."},
         "tags": ["st_neutral", "st_severity_none", "st_action_log"]}""")
        .willReturn(updated("813")));

    writer.write(new WriteBack("freshdesk", "813", "Neutral", 20, List.of(), "LOG", "None", "Calm.", false,
        List.of()));

    freshdesk.verify(1, putRequestedFor(urlPathEqualTo("/api/v2/tickets/813")));
  }

  @Test
  void aRateLimitCarriesFreshdesksRetryAfterInSeconds() {
    freshdesk.stubFor(ticketRead("812").willReturn(ticket("812", "[]")));
    freshdesk.stubFor(ticketUpdate("812").willReturn(rateLimited("37")));

    WriteBackException e = catchThrowableOfType(WriteBackException.class, () -> writer.write(negative(false)));

    assertThat(e.retryable()).isTrue();
    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(37));
  }

  @Test
  void aRetryAfterGivenAsAnHttpDateIsTheTimeUntilThen() {
    freshdesk.stubFor(ticketRead("812").willReturn(rateLimited("Wed, 21 Oct 2026 07:28:30 GMT")));

    WriteBackException e = catchThrowableOfType(WriteBackException.class, () -> writer.write(negative(false)));

    assertThat(e.retryable()).isTrue();
    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void aServerErrorIsRetryableWithoutAWait() {
    freshdesk.stubFor(ticketRead("812").willReturn(ticket("812", "[]")));
    freshdesk.stubFor(ticketUpdate("812").willReturn(aResponse().withStatus(503)));

    WriteBackException e = catchThrowableOfType(WriteBackException.class, () -> writer.write(negative(false)));

    assertThat(e.retryable()).isTrue();
    assertThat(e.retryAfter()).isNull();
  }

  @Test
  void refusedCredentialsAreNotRetried() {
    freshdesk.stubFor(ticketRead("812").willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json").withBody("""
            {"code": "invalid_credentials", "message": "You have to be logged in to perform this action."}""")));

    WriteBackException e = catchThrowableOfType(WriteBackException.class, () -> writer.write(negative(false)));

    assertThat(e.retryable()).isFalse();
    assertThat(e.getMessage()).contains("401").doesNotContain(FreshdeskStub.API_KEY);
    freshdesk.verify(0, putRequestedFor(anyUrl()));
  }

  @Test
  void aRequestWithoutTheDocumentedAuthIsRefusedByTheStub() {
    freshdesk.stubFor(ticketRead("812").willReturn(ticket("812", "[]")));
    FreshdeskWriter wrongKey = new FreshdeskWriter(FreshdeskStub.properties(freshdesk, "other-key"), CLOCK);

    assertThatThrownBy(() -> wrongKey.write(negative(false))).isInstanceOf(WriteBackException.class)
        .hasMessageContaining("404");
    freshdesk.verify(0, putRequestedFor(anyUrl()));
  }

  @Test
  void withoutAnApiKeyOrUrlItIsNotConfiguredAndWritesNothing() {
    FreshdeskWriter noKey = new FreshdeskWriter(FreshdeskStub.properties(freshdesk, " "), CLOCK);
    FreshdeskWriter noUrl = new FreshdeskWriter(new FreshdeskProperties(null, "key", Duration.ofSeconds(5),
        "st_", FreshdeskStub.properties(freshdesk, "key").fields(), Map.of()), CLOCK);

    assertThat(noKey.configured()).isFalse();
    assertThat(noUrl.configured()).isFalse();
    assertThat(writer.configured()).isTrue();
    assertThat(writer.source()).isEqualTo("freshdesk");
    assertThatThrownBy(() -> noKey.write(negative(false))).isInstanceOf(WriteBackException.class);
    freshdesk.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aTicketFromAnotherHelpdeskIsNotWritten() {
    WriteBack zendesk = new WriteBack("zendesk", "812", "negative", 82, List.of(), "alert", "high", "x", false,
        List.of());

    assertThatThrownBy(() -> writer.write(zendesk)).isInstanceOf(WriteBackException.class);
    freshdesk.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void priorityNamesAndNumbersMapToFreshdesksOneToFour() {
    assertThat(List.of("low", "medium", "high", "urgent", "3").stream().map(FreshdeskWriter::priority))
        .containsExactly(Optional.of(1), Optional.of(2), Optional.of(3), Optional.of(4), Optional.of(3));
    assertThat(FreshdeskWriter.priority("5")).isEmpty();
  }

  @Test
  void aGroupWithoutAnIdIsLeftOutAndTheRestIsWritten() {
    freshdesk.stubFor(ticketRead("814").willReturn(ticket("814", "[]")));
    freshdesk.stubFor(ticketUpdate("814", """
        {"custom_fields": {"cf_sentiment": "Negative", "cf_frustration": 75, "cf_topics": "",
                           "cf_triage_action": "ALERT", "cf_triage_severity": "Medium", "cf_triage_explanation": "x"},
         "tags": ["st_negative", "st_severity_medium", "st_action_alert"], "priority": 3}""")
        .willReturn(updated("814")));

    writer.write(new WriteBack("freshdesk", "814", "Negative", 75, List.of(), "ALERT", "Medium", "x", false,
        List.of(new HelpdeskAction("priority", "high"), new HelpdeskAction("group", "unknown-queue"))));

    freshdesk.verify(1, putRequestedFor(urlPathEqualTo("/api/v2/tickets/814")));
  }

  @Test
  void theApiUrlMayEndWithASlash() {
    assertThat(HelpdeskApiCalls.uri(URI.create("https://acme.freshdesk.com/"), "/api/v2/tickets/1"))
        .isEqualTo(URI.create("https://acme.freshdesk.com/api/v2/tickets/1"));
  }

  @Test
  void anUnknownTicketIsNotRetried() {
    freshdesk.stubFor(ticketRead("999").willReturn(aResponse().withStatus(404)));

    WriteBackException e = catchThrowableOfType(WriteBackException.class, () -> writer.write(
        new WriteBack("freshdesk", "999", "Negative", 82, List.of(), "ALERT", "High", "x", false, List.of())));

    assertThat(e.retryable()).isFalse();
    assertThat(e.getMessage()).isEqualTo("freshdesk ticket read answered 404");
    freshdesk.verify(0, putRequestedFor(anyUrl()));
  }
}
