package com.sentimenttriage.followthrough;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.sentimenttriage.accounts.Account;
import com.sentimenttriage.accounts.SingleAccountDirectory;
import com.sentimenttriage.alerting.AlertDelegates;
import com.sentimenttriage.records.FollowThroughRecords;
import com.sentimenttriage.triage.TriageVariables;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/**
 * The reminder and the escalation go out as their job's transaction commits, not while the job runs: an alert that
 * joins the follow-through at that moment fails the job on the engine's optimistic lock (as it fails the alert's job
 * in CsFollowThroughProcessTest, there against the task's preparation), and a mail already sent would go out again
 * with the job's retry.
 */
class FollowThroughNoticesTest {

  private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
  private static final Account ACME = new Account(1, "Acme Corp", "Enterprise", new BigDecimal("4200"), null,
      LocalDate.of(2026, 11, 30), 62, "Dana Whitfield", "dana@cs.example", "Morgan Lee", "morgan@cs.example");

  private final FollowThroughMailer mailer = mock(FollowThroughMailer.class);
  private final FollowThroughs followThroughs = mock(FollowThroughs.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);
  private final FollowThroughNotices notices = new FollowThroughNotices(
      new SingleAccountDirectory(ACME, email -> false), followThroughs, mailer, mock(FollowThroughRecords.class),
      AlertDelegates.PROPERTIES, Clock.fixed(NOW, ZoneOffset.UTC));

  @BeforeEach
  void aFollowThroughDue() {
    when(execution.getProcessInstanceId()).thenReturn("follow-through-1");
    when(execution.getVariable(TriageVariables.ACCOUNT_ID.name())).thenReturn(1L);
    when(execution.getVariable(TriageVariables.FOLLOW_THROUGH_TITLE.name())).thenReturn("Act on Acme Corp");
    when(execution.getVariable(TriageVariables.FOLLOW_THROUGH_DUE.name())).thenReturn(Date.from(NOW));
    when(followThroughs.openTaskOf("follow-through-1")).thenReturn(Optional.empty());
    // The job's transaction, as Spring runs it around the engine's command.
    TransactionSynchronizationManager.initSynchronization();
  }

  @AfterEach
  void transactionOver() {
    TransactionSynchronizationManager.clearSynchronization();
  }

  @Test
  void theReminderGoesOutAsTheJobCommitsAndNotWhenItFailsBefore() {
    notices.remindOwner(execution);
    verify(mailer, never()).remind(any());

    TransactionSynchronizationUtils.triggerBeforeCommit(false);
    verify(mailer).remind(any());
  }

  @Test
  void theManagerHearsAsTheJobCommitsAndNotWhenItFailsBefore() {
    notices.escalateToManager(execution);
    verify(mailer, never()).escalate(any());

    TransactionSynchronizationUtils.triggerBeforeCommit(false);
    verify(mailer).escalate(any());
  }
}
