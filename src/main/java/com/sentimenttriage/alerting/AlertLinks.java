package com.sentimenttriage.alerting;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a reader follows up: the ticket in its helpdesk (the URL its payload carried, else a URL pattern per source
 * from configuration), the review task in Tasklist and the process instance in Cockpit.
 */
public final class AlertLinks {

  private final AlertProperties properties;

  public AlertLinks(AlertProperties properties) {
    this.properties = properties;
  }

  /**
   * The ticket in its helpdesk: the URL the payload carried (the helpdesk's own, with the right subdomain or
   * workspace) when it is a web address, else the configured pattern for the source; null when neither exists.
   */
  public String ticket(String source, String ticketId, String helpdeskUrl) {
    if (isWebAddress(helpdeskUrl)) {
      return helpdeskUrl.strip();
    }
    return ticket(source, ticketId);
  }

  /** The configured pattern for the source, filled in; null without one. */
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

  public String cockpit(String processInstanceId) {
    return base() + "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId;
  }

  private String base() {
    String base = properties.baseUrl() == null ? "" : properties.baseUrl();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** Only http(s): a payload's URL field is the sender's to fill, and a mail must not carry javascript: links. */
  private static boolean isWebAddress(String url) {
    if (url == null || url.isBlank()) {
      return false;
    }
    try {
      URI uri = URI.create(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
    } catch (IllegalArgumentException notAUri) {
      return false;
    }
  }
}
