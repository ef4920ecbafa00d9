package com.sentimenttriage.writeback;
public class WriteBackException extends RuntimeException {
  private final java.time.Duration retryAfter; // null when the helpdesk named none
  private final boolean retryable;             // 429 and 5xx: true; 4xx other than 429: false
  public WriteBackException(String message, java.time.Duration retryAfter, boolean retryable, Throwable cause) {
    super(message, cause); this.retryAfter = retryAfter; this.retryable = retryable; }
  public java.time.Duration retryAfter() { return retryAfter; }
  public boolean retryable() { return retryable; }
}
