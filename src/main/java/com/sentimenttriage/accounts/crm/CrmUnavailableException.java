package com.sentimenttriage.accounts.crm;

import java.time.Duration;
import java.util.Optional;

/**
 * The CRM did not answer the question: unreachable, timed out, rate-limited (429, Salesforce's
 * REQUEST_LIMIT_EXCEEDED), failing (5xx) or refusing the credentials. The message never holds the request's URL,
 * query or token: it goes to the log and to Cockpit.
 */
public class CrmUnavailableException extends RuntimeException {

  private final transient Duration retryAfter;

  public CrmUnavailableException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  /** The CRM's Retry-After, when it sent one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
