package com.sentimenttriage.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Only a lost database connection is a 503; a bug that happens to pass through the engine or JDBC stays a 500. */
class DatabaseUnavailableHandlerTest {

  @Test
  void aPoolTimeoutOrARefusedConnectionIsAConnectionFailure() {
    assertThat(DatabaseUnavailableHandler.isConnectionFailure(new CannotGetJdbcConnectionException("no connection",
        new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
    assertThat(DatabaseUnavailableHandler.isConnectionFailure(new CannotCreateTransactionException("begin"))).isTrue();
  }

  @Test
  void anEngineExceptionCausedBySqlStateClass08IsAConnectionFailure() {
    SQLException ioError = new SQLException("An I/O error occurred while sending to the backend.", "08006");
    assertThat(DatabaseUnavailableHandler.isConnectionFailure(
        new ProcessEngineException("Could not execute", new RuntimeException("mybatis", ioError)))).isTrue();
  }

  @Test
  void aFailedRollbackAfterALostConnectionIsAConnectionFailure() {
    TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed"));
    rollbackFailed.initApplicationException(new ProcessEngineException("persistence",
        new SQLException("An I/O error occurred while sending to the backend.", "08006")));
    assertThat(DatabaseUnavailableHandler.isConnectionFailure(rollbackFailed)).isTrue();
  }

  @Test
  void aFailedRollbackAfterABrokenCommitIsAConnectionFailureToo() {
    // As seen under load: the commit broke, Spring kept no application exception, the pool's closed proxy has no
    // SQLState.
    assertThat(DatabaseUnavailableHandler.isConnectionFailure(new TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed")))).isTrue();
  }

  @Test
  void bugsAndConstraintViolationsAreNot() {
    assertThat(DatabaseUnavailableHandler.isConnectionFailure(new TransactionSystemException("JDBC commit failed",
        new SQLException("could not serialize access", "40001")))).isFalse();
    assertThat(DatabaseUnavailableHandler.isConnectionFailure(new ProcessEngineException("Unknown property"))).isFalse();
    assertThat(DatabaseUnavailableHandler.isConnectionFailure(new DataIntegrityViolationException("duplicate",
        new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
    assertThat(DatabaseUnavailableHandler.isConnectionFailure(new NullPointerException())).isFalse();
  }
}
