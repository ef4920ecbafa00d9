package com.sentimenttriage.gating;

/** Names of the escalation gate's output columns (processes/escalation-gate.dmn). */
public final class EscalationGate {

  public static final String ACTION = "action";
  public static final String SEVERITY = "severity";
  public static final String REASON = "reason";

  private EscalationGate() {
  }
}
