package com.sentimenttriage.writeback;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.sentimenttriage.writeback.IntercomStub.conversation;
import static com.sentimenttriage.writeback.IntercomStub.conversationRead;
import static com.sentimenttriage.writeback.IntercomStub.conversationUpdate;
import static com.sentimenttriage.writeback.IntercomStub.noteReply;
import static com.sentimenttriage.writeback.IntercomStub.ok;
import static com.sentimenttriage.writeback.IntercomStub.rateLimited;
import static com.sentimenttriage.writeback.IntercomStub.tag;
import static com.sentimenttriage.writeback.IntercomStub.tagAdd;
import static com.sentimenttriage.writeback.IntercomStub.tagCreate;
import static com.sentimenttriage.writeback.IntercomStub.tagRemove;
import static com.sentimenttriage.writeback.IntercomStub.teamAssignment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Intercom writer against a stub that answers only the Intercom REST API's documented request shapes. */
class IntercomWriterTest {

  @RegisterExtension
  static WireMockExtension intercom = IntercomStub.server();

  private static final Instant NOW = Instant.parse("2026-10-21T07:27:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private final IntercomWriter writer = IntercomStub.writer(intercom, CLOCK);

  private static WriteBack negative(boolean escalated) {
    return new WriteBack("intercom", "64619700005694", "Negative", 82, List.of("Billing"), "ALERT", "High",
        "Third invoice error this quarter; threatens to cancel.", escalated,
        List.of(new HelpdeskAction("priority", "urgent"), new HelpdeskAction("group", "senior-support")));
  }

  private static final String CONVERSATION = "64619700005694";

  private static final String NEGATIVE_ATTRIBUTES = """
      {"Sentiment": "Negative", "Frustration": 82, "Topics": "Billing", "Triage action": "ALERT",
       "Triage severity": "High", "Triage explanation": "Third invoice error this quarter; threatens to cancel.",
       "Triage priority": "urgent"}""";

  /** The tags a negative verdict wants (escalated or not), created (or found) by name with these ids. */
  private static void tagsExist() {
    intercom.stubFor(tagCreate("st_negative").willReturn(tag("101", "st_negative")));
    intercom.stubFor(tagCreate("st_severity_high").willReturn(tag("102", "st_severity_high")));
    intercom.stubFor(tagCreate("st_action_alert").willReturn(tag("103", "st_action_alert")));
    intercom.stubFor(tagCreate("st_escalated").willReturn(tag("104", "st_escalated")));
    for (String id : List.of("101", "102", "103", "104")) {
      intercom.stubFor(tagAdd(CONVERSATION, id).willReturn(tag(id, "any")));
    }
  }

  @Test
  void writesAttributesAndReplacesOurTagsOfAnEarlierVerdict() {
    intercom.stubFor(conversationRead(CONVERSATION).willReturn(conversation(CONVERSATION, """
        [{"type": "tag", "id": "11", "name": "st_positive"},
         {"type": "tag", "id": "12", "name": "VIP"},
         {"type": "tag", "id": "103", "name": "st_action_alert"}]""", "5017691")));
    tagsExist();
    intercom.stubFor(tagRemove(CONVERSATION, "11").willReturn(tag("11", "st_positive")));
    intercom.stubFor(conversationUpdate(CONVERSATION, NEGATIVE_ATTRIBUTES).willReturn(ok(CONVERSATION)));

    writer.write(negative(false));

    intercom.verify(1, deleteRequestedFor(urlPathEqualTo("/conversations/" + CONVERSATION + "/tags/11")));
    intercom.verify(0, deleteRequestedFor(urlPathEqualTo("/conversations/" + CONVERSATION + "/tags/12")));
    // st_action_alert was on the conversation already: two tags added, not three
    intercom.verify(2, postRequestedFor(urlPathEqualTo("/conversations/" + CONVERSATION + "/tags")));
    intercom.verify(1, putRequestedFor(urlPathEqualTo("/conversations/" + CONVERSATION)));
    // with the senior team already: no assignment; not escalated: no note
    intercom.verify(0, postRequestedFor(urlPathEqualTo("/conversations/" + CONVERSATION + "/parts")));
    intercom.verify(0, postRequestedFor(urlPathEqualTo("/conversations/" + CONVERSATION + "/reply")));
  }

  @Test
  void anEscalatedConversationIsMovedToTheTeamAndGetsOneInternalNote() {
    intercom.stubFor(conversationRead(CONVERSATION).willReturn(conversation(CONVERSATION, "[]", null)));
    tagsExist();
    intercom.stubFor(conversationUpdate(CONVERSATION, NEGATIVE_ATTRIBUTES).willReturn(ok(CONVERSATION)));
    intercom.stubFor(teamAssignment(CONVERSATION, "5017691").willReturn(ok(CONVERSATION)));
    intercom.stubFor(noteReply(CONVERSATION).willReturn(ok(CONVERSATION)));

    writer.write(negative(true));

    intercom.verify(1, postRequestedFor(urlPathEqualTo("/conversations/" + CONVERSATION + "/tags"))
        .withRequestBody(matchingJsonPath("$.id", equalTo("104"))));
    intercom.verify(1, postRequestedFor(urlPathEqualTo("/conversations/" + CONVERSATION + "/parts")));
    List<LoggedRequest> notes = intercom.findAll(postRequestedFor(
        urlPathEqualTo("/conversations/" + CONVERSATION + "/reply")));
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).getBodyAsString()).contains("frustration 82/100", "threatens to cancel");
  }

  @Test
  void theSameWriteBackOnATaggedConversationSendsTheSameUpdateAndNoTagAgain() {
    intercom.stubFor(conversationRead(CONVERSATION).willReturn(conversation(CONVERSATION, """
        [{"type": "tag", "id": "101", "name": "st_negative"},
         {"type": "tag", "id": "102", "name": "st_severity_high"},
         {"type": "tag", "id": "103", "name": "st_action_alert"}]""", "5017691")));
    intercom.stubFor(conversationUpdate(CONVERSATION, NEGATIVE_ATTRIBUTES).willReturn(ok(CONVERSATION)));

    writer.write(negative(false));
    writer.write(negative(false));

    List<LoggedRequest> updates = intercom.findAll(putRequestedFor(urlPathEqualTo("/conversations/" + CONVERSATION)));
    assertThat(updates).hasSize(2);
    assertThat(updates.get(1).getBodyAsString()).isEqualTo(updates.get(0).getBodyAsString());
    intercom.verify(0, postRequestedFor(urlPathMatching("/conversations/.*/tags")));
    intercom.verify(0, postRequestedFor(urlPathEqualTo("/tags")));
    intercom.verify(0, deleteRequestedFor(urlPathMatching("/conversations/.*/tags/.*")));
  }

  @Test
  void aRateLimitWaitsUntilIntercomsReset() {
    intercom.stubFor(conversationRead(CONVERSATION).willReturn(rateLimited(NOW.getEpochSecond() + 8)));

    WriteBackException e = catchThrowableOfType(WriteBackException.class, () -> writer.write(negative(false)));

    assertThat(e.retryable()).isTrue();
    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(8));
  }

  @Test
  void aRetryAfterHeaderWinsOverTheReset() {
    intercom.stubFor(conversationRead(CONVERSATION).willReturn(rateLimited(NOW.getEpochSecond() + 8)
        .withHeader("Retry-After", "20")));

    WriteBackException e = catchThrowableOfType(WriteBackException.class, () -> writer.write(negative(false)));

    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void aServerErrorIsRetryableWithoutAWait() {
    intercom.stubFor(conversationRead(CONVERSATION).willReturn(conversation(CONVERSATION, "[]", null)));
    tagsExist();
    intercom.stubFor(conversationUpdate(CONVERSATION).willReturn(aResponse().withStatus(500)));

    WriteBackException e = catchThrowableOfType(WriteBackException.class, () -> writer.write(negative(false)));

    assertThat(e.retryable()).isTrue();
    assertThat(e.retryAfter()).isNull();
  }

  @Test
  void refusedCredentialsAreNotRetried() {
    intercom.stubFor(conversationRead(CONVERSATION).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json").withBody("""
            {"type": "error.list", "errors": [{"code": "unauthorized", "message": "Access Token Invalid"}]}""")));

    WriteBackException e = catchThrowableOfType(WriteBackException.class, () -> writer.write(negative(false)));

    assertThat(e.retryable()).isFalse();
    assertThat(e.getMessage()).contains("401").doesNotContain(IntercomStub.TOKEN);
    intercom.verify(0, putRequestedFor(anyUrl()));
  }

  @Test
  void aRequestWithoutTheVersionHeaderOrTokenIsRefusedByTheStub() {
    intercom.stubFor(conversationRead(CONVERSATION).willReturn(conversation(CONVERSATION, "[]", null)));
    IntercomWriter otherVersion = new IntercomWriter(new IntercomProperties(
        IntercomStub.properties(intercom, IntercomStub.TOKEN, IntercomStub.ADMIN).apiUrl(), IntercomStub.TOKEN,
        IntercomStub.ADMIN, "2.9", Duration.ofSeconds(5), "st_",
        IntercomStub.properties(intercom, "t", "a").attributes(), null), CLOCK);
    IntercomWriter otherToken = new IntercomWriter(IntercomStub.properties(intercom, "other", IntercomStub.ADMIN),
        CLOCK);

    assertThatThrownBy(() -> otherVersion.write(negative(false))).isInstanceOf(WriteBackException.class)
        .hasMessageContaining("404");
    assertThatThrownBy(() -> otherToken.write(negative(false))).isInstanceOf(WriteBackException.class)
        .hasMessageContaining("404");
    intercom.verify(0, putRequestedFor(anyUrl()));
  }

  @Test
  void withoutATokenOrAdminItIsNotConfiguredAndWritesNothing() {
    IntercomWriter noToken = new IntercomWriter(IntercomStub.properties(intercom, null, IntercomStub.ADMIN), CLOCK);
    IntercomWriter noAdmin = new IntercomWriter(IntercomStub.properties(intercom, IntercomStub.TOKEN, ""), CLOCK);

    assertThat(noToken.configured()).isFalse();
    assertThat(noAdmin.configured()).isFalse();
    assertThat(writer.configured()).isTrue();
    assertThat(writer.source()).isEqualTo("intercom");
    assertThatThrownBy(() -> noToken.write(negative(false))).isInstanceOf(WriteBackException.class);
    intercom.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aTagDeletedInIntercomSinceIsAskedForByNameAgain() {
    intercom.stubFor(conversationRead(CONVERSATION).willReturn(conversation(CONVERSATION, "[]", null)));
    tagsExist();
    intercom.stubFor(conversationUpdate(CONVERSATION, NEGATIVE_ATTRIBUTES).willReturn(ok(CONVERSATION)));
    intercom.stubFor(teamAssignment(CONVERSATION, "5017691").willReturn(ok(CONVERSATION)));
    writer.write(negative(false));
    // an admin deletes the label tag; Intercom gives the name a new id
    intercom.stubFor(tagAdd(CONVERSATION, "101").willReturn(aResponse().withStatus(404)));
    intercom.stubFor(tagCreate("st_negative").willReturn(tag("201", "st_negative")));
    intercom.stubFor(tagAdd(CONVERSATION, "201").willReturn(tag("201", "st_negative")));

    assertThatThrownBy(() -> writer.write(negative(false))).isInstanceOf(WriteBackException.class);
    writer.write(negative(false));

    intercom.verify(2, postRequestedFor(urlPathEqualTo("/tags")).withRequestBody(
        equalToJson("{\"name\": \"st_negative\"}")));
    intercom.verify(1, postRequestedFor(urlPathEqualTo("/conversations/" + CONVERSATION + "/tags"))
        .withRequestBody(matchingJsonPath("$.id", equalTo("201"))));
  }

  @Test
  void anUnknownConversationIsNotRetried() {
    intercom.stubFor(conversationRead("404404").willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("""
            {"type": "error.list", "errors": [{"code": "not_found", "message": "Conversation Not Found"}]}""")));

    WriteBackException e = catchThrowableOfType(WriteBackException.class, () -> writer.write(
        new WriteBack("intercom", "404404", "Negative", 82, List.of(), "ALERT", "High", "x", false, List.of())));

    assertThat(e.retryable()).isFalse();
    assertThat(e.getMessage()).isEqualTo("intercom conversation read answered 404");
    intercom.verify(0, putRequestedFor(anyUrl()));
  }
}
