package com.sentimenttriage.records;

import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Savepoints in the caller's transaction, for statements that may fail without failing it: on PostgreSQL a failed
 * statement otherwise aborts the whole transaction ("current transaction is aborted"), and every statement after it,
 * a fallback included, is refused. Engine-free; the stores that decide races on a key share it (cooldowns, open
 * follow-throughs, CRM accounts and requesters).
 */
public final class Savepoints {

  private final TransactionTemplate savepoint;

  public Savepoints(PlatformTransactionManager transactions) {
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** Runs {@code work} in a savepoint, which it may roll back alone ({@code status.setRollbackOnly()}). */
  public <T> T execute(TransactionCallback<T> work) {
    return savepoint.execute(work);
  }

  /**
   * Inserts, or, when another transaction committed the same key first, returns {@code fallback}'s value instead
   * (the caller's update, or the row the other transaction wrote). Only the insert is undone.
   */
  public <T> T insertOrElse(Supplier<T> insert, Supplier<T> fallback) {
    try {
      return savepoint.execute(status -> insert.get());
    } catch (DuplicateKeyException anotherTransactionFirst) {
      return fallback.get();
    }
  }
}
