package com.sentimenttriage.monitoring;

import com.sentimenttriage.triage.ProcessVariable;
import java.util.List;

/**
 * The contract of the weekly drift check: every Monday the last complete week's tickets are compared with the weeks
 * before; a large shift is mailed to the process admins. A test checks ids, beans and variables against the model.
 */
public final class DriftMonitoringProcess {

  public static final String KEY = "drift-monitoring";
  public static final String RESOURCE = "processes/drift-monitoring.bpmn";

  public static final class Elements {
    public static final String WEEKLY_DRIFT_CHECK_DUE = "StartEvent_WeeklyDriftCheckDue";
    public static final String COMPARE_WEEK_WITH_BASELINE = "ServiceTask_CompareWeekWithBaseline";
    public static final String LARGE_SHIFT = "Gateway_LargeShift";
    public static final String TELL_PROCESS_ADMINS = "ServiceTask_TellProcessAdminsAboutShift";
    public static final String PROCESS_ADMINS_TOLD = "EndEvent_ProcessAdminsTold";
    public static final String DRIFT_CHECKED = "EndEvent_DriftChecked";

    private Elements() {
    }
  }

  public static final class Beans {
    public static final String COMPARE_WEEK_WITH_BASELINE = "compareWeekWithBaselineDelegate";
    public static final String TELL_PROCESS_ADMINS = "tellProcessAdminsAboutShiftDelegate";
    public static final String ALERT_RETRY_POLICY = "alertRetryPolicy";

    private Beans() {
    }
  }

  public static final class Variables {
    /** The Monday (yyyy-MM-dd) of the checked week. Set it when starting by hand to check another week. */
    public static final ProcessVariable<String> DRIFT_WEEK = ProcessVariable.of("driftWeek", String.class);
    /** One of {@link DriftVerdict}. */
    public static final ProcessVariable<String> DRIFT_VERDICT = ProcessVariable.of("driftVerdict", String.class);
    public static final ProcessVariable<Double> POLARITY_PSI = ProcessVariable.of("polarityPsi", Double.class);
    public static final ProcessVariable<Double> TOPIC_PSI = ProcessVariable.of("topicPsi", Double.class);
    public static final ProcessVariable<Integer> ADMINS_MAILED = ProcessVariable.of("adminsMailed", Integer.class);

    public static final List<ProcessVariable<?>> ALL =
        List.of(DRIFT_WEEK, DRIFT_VERDICT, POLARITY_PSI, TOPIC_PSI, ADMINS_MAILED);

    private Variables() {
    }
  }

  private DriftMonitoringProcess() {
  }
}
