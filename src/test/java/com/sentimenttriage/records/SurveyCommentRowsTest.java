package com.sentimenttriage.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.support.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The survey process records only the comments it alerts or digests, decided by its own table and never reviewed:
 * the drift check and the recall audits, which sample the ticket gate's decisions, leave those rows out. Rows in a
 * week of 2033 that no other test writes to.
 */
class SurveyCommentRowsTest extends IntegrationTest {

  private static final Instant FROM = Instant.parse("2033-03-07T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2033-03-14T00:00:00Z");

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ScoredTicketStore store;

  @AfterEach
  void removeRows() {
    jdbc.update("delete from scored_ticket where business_key like 'survey-rows-test-%'");
  }

  private void record(String businessKey, String source, String action, double polarity, String queue) {
    store.record(new ScoredTicket(businessKey, "pi-" + businessKey, source, businessKey, null, polarity, 70,
        "Negative", "Billing", action, "Medium", Instant.parse("2033-03-09T12:00:00Z")),
        new ScoredTicketStore.Context(null, queue, queue == null ? null : "ASSISTIVE", "text", null));
  }

  @Test
  void theDriftCheckAndTheRecallAuditsCountTicketsNotSurveyComments() {
    record("survey-rows-test-ticket-digest", "generic", "DIGEST", -0.2, "general");
    record("survey-rows-test-ticket-alert", "generic", "ALERT", -0.3, "general");
    record("survey-rows-test-survey-digest", "survey", "DIGEST", -0.8, null);
    record("survey-rows-test-survey-alert", "survey", "ALERT", -0.9, null);

    assertThat(store.notEscalated(FROM, UNTIL)).containsExactly("survey-rows-test-ticket-digest");
    List<String> escalations = new ArrayList<>();
    store.forEachEscalation(FROM, UNTIL, escalation -> escalations.add(escalation.businessKey()));
    assertThat(escalations).containsExactly("survey-rows-test-ticket-alert");
    assertThat(store.processScoredBetween(FROM, UNTIL)).extracting(ScoredTicketStore.Polarity::polarity)
        .containsExactlyInAnyOrder(-0.2, -0.3);
  }
}
