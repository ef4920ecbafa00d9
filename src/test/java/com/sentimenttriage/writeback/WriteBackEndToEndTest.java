package com.sentimenttriage.writeback;

import static org.awaitility.Awaitility.await;

import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.support.Tickets;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the helpdesks' end-to-end write-back tests share: each runs the application in a context of its own
 * (support/ContextOfItsOwn) with a helpdesk's API URL pointed at its stub, posts a webhook through real HTTP and
 * reads what the process and the write-back ledger recorded.
 */
public abstract class WriteBackEndToEndTest extends IntegrationTest {

  @Autowired
  protected HistoryService historyService;
  @Autowired
  protected RuntimeService runtimeService;
  @Autowired
  protected JdbcTemplate jdbc;

  /** A paying demo account of its own per test, away from the load tests' first seven. */
  protected static String payingDomain(int n) {
    return Tickets.payingAccountDomains().get(10 + n);
  }

  /** How many writes the ledger holds for the ticket: the row commits with the job, just after the call went out. */
  protected int writesRecorded(String source, String ticketId) {
    List<Integer> writes = jdbc.queryForList("select writes from helpdesk_write_back where source = ?"
        + " and ticket_id = ?", Integer.class, source, ticketId);
    return writes.isEmpty() ? 0 : writes.get(0);
  }

  /** Waits until the ledger holds {@code count} writes for the ticket; the alias says which in a failure. */
  protected void awaitWritesRecorded(String source, String ticketId, int count) {
    await(source + " write-back of ticket " + ticketId + " recorded " + count + " time(s)")
        .atMost(Duration.ofSeconds(60)).until(() -> writesRecorded(source, ticketId) == count);
  }

  /** From the running instance, or from the history once it ended (if the history keeps the variable). */
  protected String variable(String instance, String name) {
    for (int attempt = 1; attempt <= 3
        && runtimeService.createProcessInstanceQuery().processInstanceId(instance).count() == 1; attempt++) {
      try {
        Object value = runtimeService.getVariable(instance, name);
        return value == null ? null : String.valueOf(value);
      } catch (org.camunda.bpm.engine.exception.NullValueException endedMeanwhile) {
        // A PASSIVE ticket's instance ends right after its write-back: it may end between the query and the read.
        break;
      } catch (org.camunda.bpm.engine.OptimisticLockingException jobMovedOnMeanwhile) {
        // Camunda's read may flush the execution row it loaded (its cached state recomputed), which fails when the
        // job executor moved the instance on at that moment (seen once in CI under load): read again.
      }
    }
    var found = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName(name)
        .singleResult();
    return found == null || found.getValue() == null ? null : String.valueOf(found.getValue());
  }

  protected String awaitVariable(String instance, String name) {
    return await().atMost(Duration.ofSeconds(30)).until(() -> variable(instance, name), value -> value != null);
  }
}
