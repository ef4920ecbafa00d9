package com.sentimenttriage.gating;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One alert per account and topic (or ticket thread) within the cooldown window. Implementations must hold under
 * concurrency: of two tickets claiming the same key at once, exactly one wins.
 */
public interface AlertCooldowns {

  /** The open alert under any of the keys, if one's window has not expired at {@code now}. */
  Optional<OpenAlert> findOpen(List<String> keys, Instant now);

  /**
   * Claims all keys for a new alert, or none of them: returns empty when this ticket may alert, otherwise the
   * alert that holds a key (claimed concurrently by another ticket).
   */
  Optional<OpenAlert> claim(List<String> keys, Long accountId, String processInstanceId, String businessKey,
      Instant now, Duration window);

  /**
   * Records that a ticket's instance was attached to an open alert instead of alerting. Once per instance: a ticket
   * is attached again by each instance a later message of the customer starts.
   */
  void attach(OpenAlert alert, String processInstanceId, String businessKey, Long accountId, int frustration,
      Instant now);

  /**
   * Records that the alert raised by {@code alertProcessInstanceId} opened a review or audit task, so tickets
   * attached to it from now on are noted in that task's form ({@link OpenAlert#reviewTaskOpened()}).
   */
  void reviewTaskOpened(String alertProcessInstanceId);

  /** The cooldown keys of a ticket: its account and main topic when the account is known, and its thread. */
  static List<String> keysFor(Long accountId, String topics, String threadKey) {
    String thread = "thread:" + threadKey;
    if (accountId == null) {
      return List.of(thread);
    }
    return List.of("account:" + accountId + ":topic:" + mainTopic(topics), thread);
  }

  /** The first topic the scorer listed, as a key part; "general" for a ticket without a topic. */
  static String mainTopic(String topics) {
    if (topics == null || topics.isBlank()) {
      return "general";
    }
    String first = topics.split(",")[0].trim().toLowerCase(java.util.Locale.ROOT);
    String key = first.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return key.isEmpty() ? "general" : key;
  }
}
