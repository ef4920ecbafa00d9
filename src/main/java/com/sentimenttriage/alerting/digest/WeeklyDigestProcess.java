package com.sentimenttriage.alerting.digest;

/**
 * The contract of the weekly digest process: every Monday morning (configurable), each CS owner gets the week's
 * DIGEST-level tickets of their accounts. A test checks the ids and bean names against the model.
 */
public final class WeeklyDigestProcess {

  public static final String KEY = "weekly-digest";
  public static final String RESOURCE = "processes/weekly-digest.bpmn";

  public static final class Elements {
    public static final String WEEKLY_DIGEST_DUE = "StartEvent_WeeklyDigestDue";
    public static final String SEND_WEEKLY_DIGESTS = "ServiceTask_SendWeeklyDigests";
    public static final String WEEKLY_DIGESTS_SENT = "EndEvent_WeeklyDigestsSent";

    private Elements() {
    }
  }

  public static final class Beans {
    public static final String SEND_WEEKLY_DIGESTS = "sendWeeklyDigestsDelegate";
    public static final String DIGEST_SCHEDULE = "digestSchedule";
    public static final String ALERT_RETRY_POLICY = "alertRetryPolicy";

    private Beans() {
    }
  }

  private WeeklyDigestProcess() {
  }
}
