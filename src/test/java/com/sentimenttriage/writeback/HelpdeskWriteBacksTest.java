package com.sentimenttriage.writeback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sentimenttriage.records.WriteBackLedger;
import com.sentimenttriage.support.MigratedDatabase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/** Write once per value: the fingerprint ledger on the application's own migrated tables. */
class HelpdeskWriteBacksTest {

  /** Records what it was asked to write; fails when told to. */
  static final class RecordingWriter implements HelpdeskWriter {
    final List<WriteBack> written = new ArrayList<>();
    boolean configured = true;
    WriteBackException failure;

    @Override
    public String source() {
      return "zendesk";
    }

    @Override
    public boolean configured() {
      return configured;
    }

    @Override
    public void write(WriteBack writeBack) {
      if (failure != null) {
        throw failure;
      }
      written.add(writeBack);
    }
  }

  private final JdbcTemplate jdbc = MigratedDatabase.h2("writeback");
  private final RecordingWriter writer = new RecordingWriter();
  private final HelpdeskWriteBacks writeBacks = writeBacks(writer);

  private HelpdeskWriteBacks writeBacks(HelpdeskWriter... writers) {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    for (int i = 0; i < writers.length; i++) {
      beans.addBean("writer" + i, writers[i]);
    }
    return new HelpdeskWriteBacks(beans.getBeanProvider(HelpdeskWriter.class),
        new WriteBackLedger(jdbc, Clock.systemUTC()));
  }

  /**
   * The model's gateway asks {@code writesTo(source)} for every ticket; resolving the writer beans on each call was
   * 1 % of the job executor's CPU under load (docs/performance.md, thirteenth session).
   */
  @Test
  void theWritersAreLookedUpOnceNotForEveryTicket() {
    List<String> lookUps = new ArrayList<>();
    StaticListableBeanFactory beans = new StaticListableBeanFactory() {
      @Override
      public Object getBean(String name) {
        lookUps.add(name);
        return super.getBean(name);
      }
    };
    beans.addBean("zendeskWriter", writer);
    HelpdeskWriteBacks counted = new HelpdeskWriteBacks(beans.getBeanProvider(HelpdeskWriter.class),
        new WriteBackLedger(jdbc, Clock.systemUTC()));

    for (int ticket = 0; ticket < 3; ticket++) {
      assertThat(counted.writesTo("zendesk")).isTrue();
      assertThat(counted.writesTo("freshdesk")).isFalse();
    }
    writer.configured = false;
    assertThat(counted.writesTo("zendesk")).as("credentials are still asked for each time").isFalse();

    assertThat(lookUps).containsExactly("zendeskWriter");
  }

  private static WriteBack score(String ticketId, String label, int frustration) {
    return new WriteBack("zendesk", ticketId, label, frustration, List.of("Export"), "ALERT", "High", "why", true,
        List.of(new HelpdeskAction("priority", "high")));
  }

  private int writes(String ticketId) {
    return jdbc.queryForObject("select writes from helpdesk_write_back where source = 'zendesk' and ticket_id = ?",
        Integer.class, ticketId);
  }

  @Test
  void aRetryAfterACommittedWriteWritesNothingAgain() {
    assertThat(writeBacks.writeBack(score("T-1", "Negative", 72), "pi-1")).isEqualTo(HelpdeskWriteBacks.Outcome.WRITTEN);
    assertThat(writeBacks.writeBack(score("T-1", "Negative", 72), "pi-1"))
        .isEqualTo(HelpdeskWriteBacks.Outcome.UNCHANGED);

    assertThat(writer.written).hasSize(1);
    assertThat(writes("T-1")).isEqualTo(1);
    assertThat(jdbc.queryForObject("select actions from helpdesk_write_back where ticket_id = 'T-1'", String.class))
        .isEqualTo("priority=high");
  }

  @Test
  void aNewScoreWritesAgainAndReplacesTheRow() {
    writeBacks.writeBack(score("T-2", "Negative", 72), "pi-2");
    assertThat(writeBacks.writeBack(score("T-2", "Neutral", 20), "pi-2"))
        .isEqualTo(HelpdeskWriteBacks.Outcome.WRITTEN);

    assertThat(writer.written).extracting(WriteBack::label).containsExactly("Negative", "Neutral");
    assertThat(writes("T-2")).isEqualTo(2);
    assertThat(jdbc.queryForObject("select label from helpdesk_write_back where ticket_id = 'T-2'", String.class))
        .isEqualTo("Neutral");
  }

  @Test
  void aFailedWriteIsNotRecordedSoTheRetryWrites() {
    writer.failure = new WriteBackException("Zendesk ticket update answered 503", null, true, null);
    assertThatThrownBy(() -> writeBacks.writeBack(score("T-3", "Negative", 72), "pi-3"))
        .isInstanceOf(WriteBackException.class);
    writer.failure = null;

    assertThat(writeBacks.writeBack(score("T-3", "Negative", 72), "pi-3"))
        .isEqualTo(HelpdeskWriteBacks.Outcome.WRITTEN);
    assertThat(writes("T-3")).isEqualTo(1);
  }

  @Test
  void nothingIsWrittenWithoutCredentialsOrForAnotherSource() {
    writer.configured = false;
    assertThat(writeBacks.writesTo("zendesk")).isFalse();
    assertThat(writeBacks.writeBack(score("T-4", "Negative", 72), "pi-4"))
        .isEqualTo(HelpdeskWriteBacks.Outcome.NOT_CONFIGURED);
    writer.configured = true;
    assertThat(writeBacks.writesTo("generic")).isFalse();
    assertThat(writeBacks.writeBack(new WriteBack("generic", "T-5", "Negative", 72, List.of(), "ALERT", "High", "",
        true, List.of()), "pi-5")).isEqualTo(HelpdeskWriteBacks.Outcome.NOT_CONFIGURED);
    assertThat(writer.written).isEmpty();
  }
}
