package com.sentimenttriage.followthrough;

import com.sentimenttriage.triage.RenewalMention;
import com.sentimenttriage.triage.TriageVariables.FollowThroughKind;
import java.util.ArrayList;
import java.util.List;

/**
 * What the CS owner's task says: its name, as Tasklist lists it, and the alert's content. Engine-free.
 *
 * @param riskFactors one factor per line, as the gate wrote them
 */
public record FollowThroughTask(FollowThroughKind kind, String accountName, String subject, String severity,
    String escalationReason, String riskFactors, String recommendedAction, String sentimentLabel,
    Integer frustration, Integer daysToRenewal) {

  /** "Act on at-risk account — Acme Corp: Export broken again (Critical)". */
  public String title() {
    String account = accountName == null || accountName.isBlank() ? "Unknown account" : accountName;
    String about = subject == null || subject.isBlank() ? "(no subject)" : subject;
    if (kind == FollowThroughKind.ADVOCACY) {
      return "Advocacy opportunity — " + account + ": " + about;
    }
    return "Act on at-risk account — " + account + ": " + about + (severity == null ? "" : " (" + severity + ")");
  }

  /** The alert as the owner read it, in the order the e-mail gives it. */
  public String alertContent() {
    List<String> lines = new ArrayList<>();
    String renewal = RenewalMention.of(daysToRenewal).map(r -> " (" + r + ")").orElse("");
    lines.add((severity == null ? "" : "[" + severity + "] ") + nonBlank(accountName, "Unknown account") + " — "
        + nonBlank(subject, "(no subject)") + renewal);
    if (escalationReason != null && !escalationReason.isBlank()) {
      lines.add("Why: " + escalationReason);
    }
    if (sentimentLabel != null) {
      lines.add("Sentiment: " + sentimentLabel + (frustration == null ? "" : ", frustration " + frustration + "/100"));
    }
    if (riskFactors != null && !riskFactors.isBlank()) {
      lines.add("Risk factors:");
      riskFactors.lines().filter(line -> !line.isBlank()).forEach(line -> lines.add("- " + line.strip()));
    }
    if (recommendedAction != null && !recommendedAction.isBlank()) {
      lines.add("Recommended action: " + recommendedAction);
    }
    return String.join("\n", lines);
  }

  /** The first topic the scorer listed, as the playbook table reads it; "General" for a ticket without one. */
  public static String primaryTopic(String topics) {
    if (topics == null || topics.isBlank()) {
      return "General";
    }
    return topics.split(",")[0].strip();
  }

  private static String nonBlank(String value, String otherwise) {
    return value == null || value.isBlank() ? otherwise : value;
  }
}
