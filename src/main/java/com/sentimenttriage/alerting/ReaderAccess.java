package com.sentimenttriage.alerting;

/**
 * What the reader of an alert can open besides the helpdesk: an alert carries a Tasklist or Cockpit link only for a
 * reader who could follow it. A CS owner who is no Camunda user gets neither.
 */
public interface ReaderAccess {

  /** Nobody can open anything: no Tasklist or Cockpit links at all. */
  ReaderAccess NONE = new ReaderAccess() {
    @Override
    public boolean canOpenTask(String email, String taskId) {
      return false;
    }

    @Override
    public boolean canOpenCockpit(String email) {
      return false;
    }
  };

  /** Whether the Camunda user with this e-mail address may use Tasklist and read this (open) task. */
  boolean canOpenTask(String email, String taskId);

  /** Whether the Camunda user with this e-mail address may use Cockpit and read the triage instances' history. */
  boolean canOpenCockpit(String email);
}
