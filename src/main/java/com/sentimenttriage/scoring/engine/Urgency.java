package com.sentimenttriage.scoring.engine;

/** How soon a human should look at the ticket. */
public enum Urgency {
  LOW,
  MEDIUM,
  HIGH
}
