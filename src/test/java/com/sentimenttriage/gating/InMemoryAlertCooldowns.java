package com.sentimenttriage.gating;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Cooldowns for process tests, which run without the app's tables. */
public final class InMemoryAlertCooldowns implements AlertCooldowns {

  private record Entry(OpenAlert alert, Instant expires) {
  }

  private final Map<String, Entry> open = new HashMap<>();
  private final List<String> attached = new ArrayList<>();

  @Override
  public synchronized Optional<OpenAlert> findOpen(List<String> keys, Instant now) {
    return keys.stream().map(open::get).filter(e -> e != null && e.expires().isAfter(now))
        .map(Entry::alert).findFirst();
  }

  @Override
  public synchronized Optional<OpenAlert> claim(List<String> keys, Long accountId, String processInstanceId,
      String businessKey, Instant now, Duration window) {
    Optional<OpenAlert> held = findOpen(keys, now);
    if (held.isEmpty()) {
      keys.forEach(key -> open.put(key,
          new Entry(new OpenAlert(key, processInstanceId, businessKey, false), now.plus(window))));
    }
    return held;
  }

  @Override
  public synchronized void reviewTaskOpened(String alertProcessInstanceId) {
    open.replaceAll((key, e) -> e.alert().processInstanceId().equals(alertProcessInstanceId)
        ? new Entry(new OpenAlert(key, alertProcessInstanceId, e.alert().businessKey(), true), e.expires()) : e);
  }

  @Override
  public synchronized void attach(OpenAlert alert, String processInstanceId, String businessKey, Long accountId,
      int frustration, Instant now) {
    attached.add(businessKey);
  }

  public synchronized List<String> attached() {
    return List.copyOf(attached);
  }
}
