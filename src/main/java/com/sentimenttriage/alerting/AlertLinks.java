package com.sentimenttriage.alerting;

import java.util.HashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a CS owner follows up: the ticket in its helpdesk (a URL pattern per source, from configuration), the
 * review task in Tasklist and the process instance in Cockpit.
 */
public final class AlertLinks {

  private final AlertProperties properties;

  public AlertLinks(AlertProperties properties) {
    this.properties = properties;
  }

  public CsAlert.Links forTicket(String source, String ticketId, String reviewTaskId, String processInstanceId) {
    return new CsAlert.Links(ticket(source, ticketId), tasklist(reviewTaskId), cockpit(processInstanceId),
        followThrough(processInstanceId));
  }

  public String ticket(String source, String ticketId) {
    String pattern = properties.ticketUrlPattern(source);
    if (pattern == null || pattern.isBlank() || ticketId == null) {
      return null;
    }
    Map<String, String> values = new HashMap<>(properties.ticketUrlVariables());
    values.put("ticketId", ticketId);
    values.put("source", source);
    return UriComponentsBuilder.fromUriString(pattern).buildAndExpand(values).encode().toUriString();
  }

  public String tasklist(String taskId) {
    return taskId == null ? null : base() + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  /**
   * The CS owner's own follow-through task for the alert of this triage instance (issue 18). The alert goes out
   * before that task exists, so the link goes through the app, which opens the task in Tasklist once it does.
   */
  public String followThrough(String alertProcessInstanceId) {
    return alertProcessInstanceId == null ? null : base() + "/follow-through/" + alertProcessInstanceId;
  }

  String cockpit(String processInstanceId) {
    return base() + "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId;
  }

  private String base() {
    String base = properties.baseUrl() == null ? "" : properties.baseUrl();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }
}
