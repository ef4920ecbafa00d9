package com.sentimenttriage.records;

import com.sentimenttriage.triage.TriageVariables.ReviewDecision;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The labelled_example table: every review decision and audit outcome, and the precision they add up to. */
@Repository
public class LabelledExamples {

  /** Every review and audit with the ticket row of the instance it judged, oldest first. */
  private static final String JUDGED_TICKETS = """
      select l.business_key, s.masked_text, s.escalation_action, l.decision, l.scored_topics, l.corrected_topic,
             l.kind
        from labelled_example l""" + judgedTicketOf("l");
  private static final String OLDEST_FIRST = " order by l.judged_at, l.id";

  private final JdbcTemplate jdbc;

  /**
   * Joins, as {@code s}, the ticket row of the instance a label judged to the label table aliased {@code label}
   * (labelled_example, recall_audit_ticket, score_flag: each keeps the business key and the process instance).
   * scored_ticket keeps one row per business key, which a follow-up message re-scores under a new instance with new
   * text; a label of an earlier instance judged another message, so it finds no row and pairs with no text.
   */
  static String judgedTicketOf(String label) {
    return " join scored_ticket s on s.business_key = " + label + ".business_key"
        + " and s.process_instance_id = " + label + ".process_instance_id ";
  }

  public LabelledExamples(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(LabelledExample example) {
    jdbc.update("""
        insert into labelled_example (business_key, process_instance_id, queue, kind, decision, correct,
                                      scored_label, corrected_label, scored_topics, corrected_topic,
                                      recommended_action, review_comment, judged_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        example.businessKey(), example.processInstanceId(), example.queue(), example.kind().name(),
        example.decision().value(), example.decision().correct(), example.scoredLabel(), example.correctedLabel(),
        example.scoredTopics(), example.correctedTopic(), example.recommendedAction(), example.comment(),
        Timestamp.from(example.judgedAt()));
  }

  /**
   * A review or audit beside the ticket as the judged instance scored it: its masked text (null for tickets scored
   * before texts were kept) and the gate's action. {@code kind} says which it was, so a model can say truthfully what
   * it learned from.
   */
  public record JudgedTicket(String businessKey, String maskedText, String escalationAction,
      ReviewDecision decision, String scoredTopics, String correctedTopic, LabelledExample.Kind kind) {
  }

  /**
   * Per ticket, what its latest judgement says to one reader: {@code reading} keeps what the reader needs from a
   * judgement, or gives null when that judgement tells the reader nothing, so an earlier one stands. Only judgements
   * of the instance that scored the ticket's current text count. Tickets come in the order of their first reading.
   */
  public <T> Map<String, T> latestPerTicket(Function<JudgedTicket, T> reading) {
    return latest(JUDGED_TICKETS + OLDEST_FIRST, reading);
  }

  /** The same for the tickets scored in [{@code from}, {@code until}). */
  public <T> Map<String, T> latestPerTicketScored(Instant from, Instant until, Function<JudgedTicket, T> reading) {
    return latest(JUDGED_TICKETS + " where s.scored_at >= ? and s.scored_at < ?" + OLDEST_FIRST, reading,
        Timestamp.from(from), Timestamp.from(until));
  }

  private <T> Map<String, T> latest(String sql, Function<JudgedTicket, T> reading, Object... args) {
    Map<String, T> latest = new LinkedHashMap<>();
    jdbc.query(sql, rs -> {
      T read = reading.apply(new JudgedTicket(rs.getString(1), rs.getString(2), rs.getString(3),
          ReviewDecision.of(rs.getString(4)), rs.getString(5), rs.getString(6),
          LabelledExample.Kind.valueOf(rs.getString(7))));
      if (read != null) {
        latest.put(rs.getString(1), read);
      }
    }, args);
    return latest;
  }

  /** One review or audit as precision counts it: the queue it judged, whether the escalation was right, and when. */
  public record Judgement(String queue, LabelledExample.Kind kind, boolean correct, Instant judgedAt) {
  }

  /** Every review and audit judged in [{@code from}, {@code until}), oldest first. */
  public List<Judgement> judgedBetween(Instant from, Instant until) {
    return jdbc.query("""
        select queue, kind, correct, judged_at from labelled_example
         where judged_at >= ? and judged_at < ? order by judged_at, id""",
        (rs, n) -> new Judgement(rs.getString(1), LabelledExample.Kind.valueOf(rs.getString(2)), rs.getBoolean(3),
            rs.getTimestamp(4).toInstant()),
        Timestamp.from(from), Timestamp.from(until));
  }

  /** Whether each of the queue's latest judgements since {@code since} (all when null) was correct, newest first. */
  public List<Boolean> latestOutcomes(String queue, Instant since, int limit) {
    return since == null
        ? jdbc.queryForList("""
            select correct from labelled_example where queue = ?
             order by judged_at desc, id desc limit ?""", Boolean.class, queue, limit)
        : jdbc.queryForList("""
            select correct from labelled_example where queue = ? and judged_at >= ?
             order by judged_at desc, id desc limit ?""", Boolean.class, queue, Timestamp.from(since), limit);
  }
}
