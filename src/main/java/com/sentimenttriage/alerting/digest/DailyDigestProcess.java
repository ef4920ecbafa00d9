package com.sentimenttriage.alerting.digest;

/**
 * The contract of the optional daily digest process: on weekday mornings, if enabled, each CS owner gets the last
 * day's moderate negatives (Negative, not alerted).
 */
public final class DailyDigestProcess {

  public static final String KEY = "daily-digest";
  public static final String RESOURCE = "processes/daily-digest.bpmn";

  public static final class Elements {
    public static final String DAILY_DIGEST_DUE = "StartEvent_DailyDigestDue";
    public static final String DAILY_DIGEST_ENABLED = "Gateway_DailyDigestEnabled";
    public static final String SEND_DAILY_DIGESTS = "ServiceTask_SendDailyDigests";
    public static final String DAILY_DIGESTS_SENT = "EndEvent_DailyDigestsSent";
    public static final String DAILY_DIGEST_SKIPPED = "EndEvent_DailyDigestSkipped";

    private Elements() {
    }
  }

  public static final class Beans {
    public static final String SEND_DAILY_DIGESTS = "sendDailyDigestsDelegate";
    public static final String DIGEST_SCHEDULE = "digestSchedule";
    public static final String ALERT_RETRY_POLICY = "alertRetryPolicy";

    private Beans() {
    }
  }

  private DailyDigestProcess() {
  }
}
