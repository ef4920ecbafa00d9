package com.sentimenttriage.writeback;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The retry cycle of the write-back step, as {@code ${helpdeskWriteBackRetryPolicy.cycle}} in the models'
 * {@code camunda:failedJobRetryTimeCycle}. The engine evaluates that expression when the job has failed, in the
 * thread that ran it; the delegate leaves the failure here just before it throws, so the next attempt is due when
 * the helpdesk's Retry-After says, and a refusal that a retry cannot mend (4xx other than 429) becomes an incident
 * at once. Without a failure noted (any other exception) the configured cycle applies.
 */
@Component("helpdeskWriteBackRetryPolicy")
public class WriteBackRetryPolicy {

  private static final ThreadLocal<WriteBackException> FAILURE = new ThreadLocal<>();

  private final String cycle;

  public WriteBackRetryPolicy(@Value("${triage.helpdesk.retry-cycle:R5/PT1M}") String cycle) {
    this.cycle = cycle;
  }

  /** Notes the failure the current job is about to end with. */
  public void failed(WriteBackException failure) {
    FAILURE.set(failure);
  }

  /** The cycle for the job that just failed in this thread; read once. */
  public String getCycle() {
    WriteBackException failure = FAILURE.get();
    FAILURE.remove();
    if (failure == null) {
      return cycle;
    }
    if (!failure.retryable()) {
      return "R1/PT0S";
    }
    Duration wait = failure.retryAfter();
    return wait == null ? cycle : repeats() + "/PT" + Math.max(1, wait.toSeconds()) + "S";
  }

  /** "R5" of "R5/PT1M". */
  private String repeats() {
    int slash = cycle.indexOf('/');
    return slash > 0 ? cycle.substring(0, slash) : "R5";
  }
}
