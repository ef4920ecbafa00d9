package com.sentimenttriage.intake;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * While the database cannot be reached, a webhook is answered {@code 503 Service Unavailable} with a
 * {@code Retry-After} header and an RFC 7807 problem, so the helpdesk delivers the ticket again later instead of
 * dropping it (Zendesk, for one, retries a 503 whose Retry-After is under a minute). Nothing was committed for such a
 * delivery, or, if the commit went through just before the link died, the retry is answered as a repeat: the delivery
 * key decides (see {@code TicketTriage}). A 202 is only ever sent after the commit.
 *
 * <p>Only connection failures are mapped: Spring's resource-failure and could-not-begin-a-transaction exceptions, and
 * any data-access, transaction or Camunda exception whose causes include a JDBC connection failure (SQLState class
 * 08, {@link SQLTransientConnectionException} from the pool, {@link SQLNonTransientConnectionException}). Every other
 * exception, a genuine bug among them, is rethrown and stays a 500. Like {@link WebhookProblemHandler} it applies to
 * every Spring MVC endpoint of the application (the account and rollout APIs get the same 503); the engine's REST API
 * and webapps are not Spring MVC and keep their own error handling.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableHandler {

  private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);
  /** Long enough for a failover or a restart to finish, short enough for helpdesks that retry only below 60 s. */
  static final int RETRY_AFTER_SECONDS = 30;
  /** SQLState class 08: connection exception (SQL standard; PostgreSQL, H2 and the JDBC drivers use it). */
  private static final String CONNECTION_EXCEPTION_CLASS = "08";
  /** The message of Spring's DataSourceTransactionManager when a rollback fails. */
  private static final String JDBC_ROLLBACK_FAILED = "JDBC rollback failed";

  @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
  ResponseEntity<ProblemDetail> unreachable(RuntimeException exception) {
    return unavailable(exception);
  }

  /** Data-access, transaction and engine exceptions are only a 503 when a lost connection caused them. */
  @ExceptionHandler({DataAccessException.class, TransactionException.class, ProcessEngineException.class})
  ResponseEntity<ProblemDetail> perhapsUnreachable(RuntimeException exception) {
    if (!isConnectionFailure(exception)) {
      throw exception;
    }
    return unavailable(exception);
  }

  static boolean isConnectionFailure(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
          || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
          || cause instanceof ConnectException) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null
          && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
        return true;
      }
      // The rollback after a lost connection fails too, and Spring then throws the rollback's exception, keeping
      // the one that caused the rollback aside rather than as its cause.
      if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
          && isConnectionFailure(rollback.getApplicationException())) {
        return true;
      }
      // A JDBC rollback does not fail on a live connection. When the commit itself broke, Spring records no
      // application exception, and the pool's closed-connection proxy says "Connection is closed" without an
      // SQLState; the failed rollback is then the only sign of the lost connection.
      if (cause instanceof TransactionSystemException failed && failed.getCause() instanceof SQLException
          && String.valueOf(failed.getMessage()).contains(JDBC_ROLLBACK_FAILED)) {
        return true;
      }
    }
    return false;
  }

  private static ResponseEntity<ProblemDetail> unavailable(RuntimeException exception) {
    // The exception's message can name the database host; the log keeps it, the answer does not.
    log.warn("Database unreachable, answering 503: {}", rootMessage(exception));
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
        "The ticket database cannot be reached, so the ticket may not be stored. Deliver it again after "
            + RETRY_AFTER_SECONDS + " seconds; a repeat is recognised and starts nothing twice.");
    problem.setTitle("Temporarily unavailable");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
        .body(problem);
  }

  private static String rootMessage(Throwable exception) {
    Throwable root = exception;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
