package com.sentimenttriage.gating;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/**
 * Most alerts go out without review once a queue is automated; a ticket attached to one has no form to be noted in,
 * and finding that out with a task query cost 5-7 % of the job executor's work under load (docs/performance.md).
 * Whether the note lands in an open review is EscalationInContextProcessTest's.
 */
class OpenReviewNotesTest {

  @Test
  void aTicketAttachedToAnAlertThatNeverOpenedAReviewLooksForNoTask() {
    DelegateExecution execution = mock(DelegateExecution.class);
    OpenAlert automated = new OpenAlert("account:42:topic:billing", "pi-alert", "generic:T-1", false);

    OpenReviewNotes.noteAttachedTicket(automated, execution, null, Instant.parse("2026-03-02T09:00:00Z"));

    verifyNoInteractions(execution);
  }
}
