package com.sentimenttriage.alerting.digest;

import com.sentimenttriage.triage.ProcessVariable;
import java.util.List;

/** The variables of the digest processes. */
public final class DigestVariables {

  /** How many digests (one per CS owner with tickets) the run sent. */
  public static final ProcessVariable<Integer> DIGESTS_SENT = ProcessVariable.of("digestsSent", Integer.class);

  public static final List<ProcessVariable<?>> ALL = List.of(DIGESTS_SENT);

  private DigestVariables() {
  }
}
