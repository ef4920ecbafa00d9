package com.sentimenttriage.alerting;

import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** How a message leaves the application from a job: the alert's e-mail and chat post, the follow-through's mails. */
public final class LastBeforeCommit {

  private LastBeforeCommit() {
  }

  /**
   * Runs the hand-over as the last step before the database commit, after the engine has flushed the job's other
   * writes (history, variables, the next job): a failed hand-over still rolls the record back and fails the job
   * (it retries), while the window in which the mail is out but the commit is lost (a node killed, the database
   * gone) shrinks from the whole flush to the commit itself. Without a Spring transaction (the standalone engine of
   * the process tests) the hand-over runs at once.
   */
  public static void run(Runnable handOver) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      handOver.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
      }

      @Override
      public void beforeCommit(boolean readOnly) {
        handOver.run();
      }
    });
  }
}
