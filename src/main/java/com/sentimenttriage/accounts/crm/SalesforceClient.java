package com.sentimenttriage.accounts.crm;

import static com.sentimenttriage.accounts.crm.CrmHttp.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.sentimenttriage.accounts.crm.AccountsProperties.SalesforceFields;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Salesforce's REST API, SOQL through the query resource ({@code GET /services/data/vXX.X/query?q=}, following
 * {@code nextRecordsUrl} while {@code done} is false). The requester's account is the Account of the Contact with
 * that e-mail, read in one query (a semi-join on Contact), with the next open renewal Opportunity's CloseDate as a
 * child query for accounts whose renewal field is empty. The owner is the Account's {@code Owner}. A rejected token
 * (401) is replaced once per call.
 */
public final class SalesforceClient implements CrmClient {

  /** Pages of a website search followed before giving up on the domain. */
  static final int MAX_PAGES = 5;
  private static final Pattern SALESFORCE_ID = Pattern.compile("[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?");

  private final String apiVersion;
  private final SalesforceFields fields;
  private final CrmHttp http;
  private final SalesforceTokens tokens;

  public SalesforceClient(AccountsProperties.Salesforce properties, Duration timeout, Clock clock) {
    this.apiVersion = properties.apiVersion();
    this.fields = properties.fields();
    this.http = new CrmHttp(name(), timeout, clock);
    this.tokens = new SalesforceTokens(properties, http, clock);
  }

  @Override
  public String name() {
    return "salesforce";
  }

  @Override
  public Optional<CrmAccount> findByContactEmail(String email) {
    return first(query(select() + " WHERE Id IN (SELECT AccountId FROM Contact WHERE Email = " + literal(email)
        + ") LIMIT 1"));
  }

  /** Websites are URLs ("https://www.acme.com/"): a LIKE narrows them, the host decides. */
  @Override
  public Optional<CrmAccount> findByDomain(String domain) {
    if (blank(fields.website())) {
      return Optional.empty();
    }
    JsonNode page = query(select() + " WHERE " + fields.website() + " LIKE "
        + containing(domain) + " ORDER BY CreatedDate ASC");
    for (int pages = 1; ; pages++) {
      for (JsonNode record : page.path("records")) {
        if (sameDomain(value(record, fields.website()), domain)) {
          return Optional.of(toAccount(record));
        }
      }
      String next = text(page.path("nextRecordsUrl"));
      if (page.path("done").asBoolean(true) || next == null || pages >= MAX_PAGES) {
        return Optional.empty();
      }
      page = next(next);
    }
  }

  @Override
  public Optional<CrmAccount> findById(String accountId) {
    if (!SALESFORCE_ID.matcher(accountId).matches()) {
      return Optional.empty();
    }
    return first(query(select() + " WHERE Id = " + literal(accountId) + " LIMIT 1"));
  }

  @Override
  public List<CrmAccount> searchByName(String query, int limit) {
    String where = query == null || query.isBlank() ? ""
        : " WHERE " + fields.name() + " LIKE " + containing(query.strip());
    JsonNode page = query(select() + where + " ORDER BY " + fields.name() + " ASC LIMIT " + limit);
    List<CrmAccount> found = new ArrayList<>();
    while (true) {
      page.path("records").forEach(record -> found.add(toAccount(record)));
      String next = text(page.path("nextRecordsUrl"));
      if (found.size() >= limit || page.path("done").asBoolean(true) || next == null) {
        return found.size() > limit ? found.subList(0, limit) : found;
      }
      page = next(next);
    }
  }

  private Optional<CrmAccount> first(JsonNode result) {
    JsonNode record = result.path("records").path(0);
    return record.isMissingNode() ? Optional.empty() : Optional.of(toAccount(record));
  }

  private CrmAccount toAccount(JsonNode record) {
    String id = text(record.path("Id"));
    String name = value(record, fields.name());
    LocalDate renewal = CrmValues.date(value(record, fields.renewal()));
    if (renewal == null) {
      renewal = CrmValues.date(text(record.path("Opportunities").path("records").path(0).path("CloseDate")));
    }
    return new CrmAccount(id,
        name != null ? name : "Salesforce account " + id,
        value(record, fields.plan()),
        CrmValues.money(value(record, fields.mrr())),
        CrmValues.money(value(record, fields.clv())),
        renewal,
        CrmValues.score(value(record, fields.health())),
        value(record, fields.ownerName()),
        value(record, fields.ownerEmail()));
  }

  /** The Account fields the mapping names, each once, and the next open renewal as a child query. */
  private String select() {
    Set<String> names = new LinkedHashSet<>();
    names.add("Id");
    Stream.of(fields.name(), fields.website(), fields.plan(), fields.mrr(), fields.clv(), fields.renewal(),
        fields.health(), fields.ownerName(), fields.ownerEmail()).filter(f -> !blank(f)).forEach(names::add);
    String renewals = blank(fields.renewalOpportunityType()) ? ""
        : ", (SELECT CloseDate FROM Opportunities WHERE IsClosed = false AND Type = "
            + literal(fields.renewalOpportunityType()) + " ORDER BY CloseDate ASC LIMIT 1)";
    return "SELECT " + String.join(", ", names) + renewals + " FROM Account";
  }

  private JsonNode query(String soql) {
    return get(path -> CrmHttp.uri(path, "/services/data/" + apiVersion + "/query?q=" + CrmHttp.encode(soql)),
        "query");
  }

  /** The next batch: nextRecordsUrl is a path on the instance, used as given. */
  private JsonNode next(String nextRecordsUrl) {
    if (!nextRecordsUrl.startsWith("/services/data/")) {
      throw new CrmUnavailableException("salesforce gave an unexpected nextRecordsUrl", null);
    }
    return get(instance -> CrmHttp.uri(instance, nextRecordsUrl), "query more");
  }

  private JsonNode get(java.util.function.Function<URI, URI> onInstance, String what) {
    SalesforceTokens.Token token = tokens.current();
    CrmHttp.Response response = send(onInstance, token, what);
    if (response.status() == 401) {
      // INVALID_SESSION_ID: the token expired or was revoked; a new one from the same flow, once.
      response = send(onInstance, tokens.replace(token), what);
    }
    return http.require(response, what).body();
  }

  private CrmHttp.Response send(java.util.function.Function<URI, URI> onInstance, SalesforceTokens.Token token,
      String what) {
    return http.send(http.get(onInstance.apply(token.instanceUrl()))
        .header("Authorization", "Bearer " + token.accessToken()), what);
  }

  /** A field by API name or relationship path ("Owner.Email"), as text. */
  private static String value(JsonNode record, String path) {
    if (blank(path)) {
      return null;
    }
    JsonNode node = record;
    for (String part : path.split("\\.")) {
      node = node.path(part);
    }
    return text(node);
  }

  static boolean sameDomain(String website, String domain) {
    if (website == null) {
      return false;
    }
    String host = website.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
    host = host.replaceFirst("[/:?#].*$", "").replaceFirst("^www\\.", "");
    return host.equals(domain.toLowerCase(Locale.ROOT));
  }

  /** A SOQL string literal: quotes and backslashes escaped, as the SOQL reference lists. */
  static String literal(String value) {
    return "'" + escaped(value) + "'";
  }

  /** A LIKE pattern for "contains {@code value}", whose own % and _ are taken literally. */
  static String containing(String value) {
    return "'%" + escaped(value).replace("%", "\\%").replace("_", "\\_") + "%'";
  }

  private static String escaped(String value) {
    return value.replace("\\", "\\\\").replace("'", "\\'");
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
