package com.sentimenttriage.learning;

import com.sentimenttriage.records.RecallAuditTickets;
import com.sentimenttriage.records.LabelledExample;
import com.sentimenttriage.records.LabelledExample.Kind;
import com.sentimenttriage.records.LabelledExamples;
import com.sentimenttriage.records.ScoreFlags;
import com.sentimenttriage.records.ScoredTicket;
import com.sentimenttriage.records.ScoredTicketStore;
import com.sentimenttriage.support.MigratedDatabase;
import com.sentimenttriage.triage.TriageVariables.ReviewDecision;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A migrated database of a test's own, filled as the application's writers fill it: tickets scored by process
 * instances (a follow-up message re-scores its ticket under a new instance) and the reviews and audits of them.
 */
final class JudgedTickets {

  static final Instant MORNING = Instant.parse("2026-03-02T09:00:00Z");
  static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

  final JdbcTemplate jdbc;
  final LabelledExamples judgements;
  final ScoredTicketStore tickets;
  final RecallAuditTickets recallAnswers;
  final ScoreFlags flags;

  /** @param name what the database is for, part of its name */
  JudgedTickets(String name) {
    jdbc = MigratedDatabase.h2(name);
    judgements = new LabelledExamples(jdbc);
    tickets = new ScoredTicketStore(jdbc);
    recallAnswers = new RecallAuditTickets(jdbc);
    flags = new ScoreFlags(jdbc);
  }

  /** A new ticket as {@code instance} scored it: the gate's action, the rules' topics and the masked text kept. */
  String scored(String instance, String action, String topics, String text) {
    String key = "test:" + UUID.randomUUID();
    rescored(key, instance, action, topics, text);
    return key;
  }

  void rescored(String key, String instance, String action, String topics, String text) {
    tickets.record(new ScoredTicket(key, instance, "test", key.substring(5), null, -0.6, 80, "Negative", topics,
        action, "High", MORNING), new ScoredTicketStore.Context(MORNING, "billing", "ASSISTIVE", text, null));
  }

  /** A review or audit of {@code instance}, which saw the topics that instance scored. */
  void judged(String key, String instance, Kind kind, ReviewDecision decision, String scoredTopics,
      String correctedTopic, Instant at) {
    judgements.record(new LabelledExample(key, instance, "billing", kind, decision, "Negative", null, scoredTopics,
        correctedTopic, null, null, at));
  }
}
