package com.sentimenttriage.writeback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.web.util.HtmlUtils;

/**
 * What the Freshdesk and Intercom writers share: the HTTP calls, through {@link HelpdeskHttp} as the Zendesk writer
 * makes them (JSON in and out, a timeout on every call, every answer but a 2xx a {@link WriteBackException} that says
 * whether a retry can help, messages that never name the URL, body or credentials), and the tags, actions and note
 * of a write-back.
 */
final class HelpdeskApiCalls {

  private final HelpdeskHttp http;

  HelpdeskApiCalls(String helpdesk, Duration timeout, Clock clock) {
    this.http = new HelpdeskHttp(helpdesk, timeout, clock);
  }

  ObjectNode object() {
    return http.json().createObjectNode();
  }

  HttpRequest.Builder get(URI uri) {
    return http.request(uri, "GET", null);
  }

  /** A request with a JSON body: POST, PUT, or DELETE (Intercom's untag call carries the admin in its body). */
  HttpRequest.Builder json(String method, URI uri, JsonNode body) {
    return http.request(uri, method, body);
  }

  /**
   * Sends the request and answers the JSON body of a 2xx ({@code MissingNode} when there was none).
   * {@code what} names the call in messages ("ticket update").
   *
   * @throws WriteBackException retryable on no connection, 429 (with the helpdesk's wait) and 5xx; not retryable on
   *                            any other status, which a retry would only repeat (bad credentials, unknown ticket,
   *                            a field the helpdesk does not have)
   */
  JsonNode call(HttpRequest.Builder request, String what) {
    return http.send(request, what);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** {@code base} without a trailing slash, then {@code path}. */
  static URI uri(URI base, String path) {
    return HelpdeskHttp.uri(base, path);
  }

  /**
   * The tags one write-back puts on a ticket, in the vocabulary the Zendesk writer uses too (st_negative,
   * st_severity_high, st_action_alert, st_escalated), each starting with {@code prefix} so the next write-back can
   * tell them from the tags agents and other rules set, and replace them; then the tags the actions table adds
   * (st_sla_negative, which a helpdesk SLA rule keys on), prefixed when the table's value is not.
   */
  static List<String> ourTags(WriteBack writeBack, String prefix) {
    Set<String> tags = new LinkedHashSet<>();
    if (!blank(writeBack.label())) {
      tags.add(tag(prefix, writeBack.label()));
    }
    if (!blank(writeBack.severity())) {
      tags.add(tag(prefix, "severity_" + writeBack.severity()));
    }
    if (!blank(writeBack.action())) {
      tags.add(tag(prefix, "action_" + writeBack.action()));
    }
    if (writeBack.escalated()) {
      tags.add(tag(prefix, "escalated"));
    }
    for (HelpdeskAction action : actions(writeBack)) {
      if ("tag".equals(action.kind()) && !blank(action.value())) {
        tags.add(tag(prefix, action.value()));
      }
    }
    return List.copyOf(tags);
  }

  static List<HelpdeskAction> actions(WriteBack writeBack) {
    return Optional.ofNullable(writeBack.actions()).orElse(List.of());
  }

  /** The last action of a kind the table asked for, if any. */
  static Optional<String> action(WriteBack writeBack, String kind) {
    String value = null;
    for (HelpdeskAction action : actions(writeBack)) {
      if (kind.equals(action.kind()) && !blank(action.value())) {
        value = action.value().strip();
      }
    }
    return Optional.ofNullable(value);
  }

  /** Topics as one text value, for a text field. */
  static String topics(WriteBack writeBack) {
    return String.join(", ", Optional.ofNullable(writeBack.topics()).orElse(List.of()));
  }

  /** The internal note on an escalated ticket: the verdict in one line, then the explanation; HTML-escaped. */
  static String noteBody(WriteBack writeBack) {
    String verdict = "Sentiment triage: " + writeBack.label() + ", frustration " + writeBack.frustration() + "/100"
        + (blank(writeBack.severity()) ? "" : ", severity " + writeBack.severity())
        + (blank(writeBack.action()) ? "" : ", action " + writeBack.action()) + ".";
    return "<p>" + HtmlUtils.htmlEscape(verdict) + "</p>"
        + (blank(writeBack.explanation()) ? "" : "<p>" + HtmlUtils.htmlEscape(writeBack.explanation()) + "</p>");
  }

  /**
   * Refuses, without a call, a write-back the writer must not make: no credentials, or a ticket from another
   * helpdesk (the generic webhook's tickets included). Not retryable: a retry would be refused the same way.
   */
  static void requireWritable(HelpdeskWriter writer, WriteBack writeBack) {
    if (!writer.configured()) {
      throw new WriteBackException(writer.source() + " write-back is not configured", null, false, null);
    }
    if (!writer.source().equals(writeBack.source())) {
      throw new WriteBackException("a " + writeBack.source() + " ticket is not written to " + writer.source(), null,
          false, null);
    }
  }

  /** A text field or attribute, unless its name is configured blank (left out) or there is no value. */
  static void putText(ObjectNode fields, String name, String value) {
    if (!blank(name) && value != null) {
      fields.put(name, value);
    }
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /**
   * A tag as the helpdesks accept it and views and SLA rules can match it, as the Zendesk writer makes them: lower
   * case, anything but letters, digits, '_', ':' and '-' becomes '_' ("Billing & invoices" becomes
   * "billing_invoices"); {@code prefix} in front unless the name has it already.
   */
  static String tag(String prefix, String name) {
    String slug = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_:-]+", "_");
    return slug.startsWith(prefix) ? slug : prefix + slug;
  }
}
