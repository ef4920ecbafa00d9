package com.sentimenttriage.monitoring;

import com.sentimenttriage.alerting.AlertProperties;
import com.sentimenttriage.alerting.ProcessAdminMail;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Tells the process admins that this week's tickets differ a lot from the baseline: which distribution, how much. */
@Component
public class DriftMailer {

  private final ProcessAdminMail processAdmins;
  private final AlertProperties alertProperties;
  private final DriftProperties driftProperties;

  public DriftMailer(ProcessAdminMail processAdmins, AlertProperties alertProperties,
      DriftProperties driftProperties) {
    this.processAdmins = processAdmins;
    this.alertProperties = alertProperties;
    this.driftProperties = driftProperties;
  }

  /** @return how many admins were mailed (0 when none has an address) */
  public int sendLargeShift(DriftResult result) {
    return processAdmins.send(String.format(Locale.ROOT, "[Drift] Large shift in %s in the week of %s (PSI %.2f)",
        moved(result), result.weekStart(), Math.max(psi(result.polarityPsi()), psi(result.topicPsi()))),
        String.format(Locale.ROOT, """
        This week's tickets do not look like the weeks before: %s moved a lot.

        %s
        The escalation gate's thresholds were chosen for the old mix of tickets. Check what changed (a release, an
        outage, a new customer segment, a helpdesk routing or form change), read a few of the week's tickets, and
        recalibrate if the shift stays (java -jar sentiment-triage.jar calibrate --history ...).

        Dashboard: %s/dashboard
        Every week's figures: %s/api/metrics/drift

        --
        sentiment-triage
        """, moved(result), result.report(), alertProperties.baseUrl(), alertProperties.baseUrl()));
  }

  /** "polarity", "topics" or "polarity and topics": the distributions at or above the large-shift line. */
  private String moved(DriftResult result) {
    boolean polarity = psi(result.polarityPsi()) >= driftProperties.largeShift();
    boolean topics = psi(result.topicPsi()) >= driftProperties.largeShift();
    return polarity && topics ? "polarity and topics" : topics ? "topics" : "polarity";
  }

  private static double psi(Double value) {
    return value == null ? 0 : value;
  }
}
