package com.sentimenttriage.scoring.engine;

/** One message of a support conversation. Only customer messages are scored as the customer's mood. */
public record ThreadMessage(Author author, String text) {
  public enum Author {
    CUSTOMER,
    AGENT
  }
}
