package com.sentimenttriage.accounts.crm;

import static com.sentimenttriage.accounts.crm.CrmHttp.encode;
import static com.sentimenttriage.accounts.crm.CrmHttp.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sentimenttriage.accounts.crm.AccountsProperties.HubSpotProperties;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * HubSpot's CRM API with a private app's access token (Authorization: Bearer). The requester's account is the
 * company of the contact with that e-mail (contacts search, v3), through the contact's primary company association
 * (associations v4), with the company's properties (objects v3) and its owner's name and e-mail (owners v3). The
 * domain fallback searches companies by their {@code domain} property.
 */
public final class HubSpotClient implements CrmClient {

  /** HubSpot's association type id of a contact's primary company (HUBSPOT_DEFINED, contact to company). */
  static final int PRIMARY_COMPANY = 1;
  /** The most a search page may hold (CRM search API). */
  static final int SEARCH_PAGE = 100;
  /** Association pages followed looking for the primary company before taking the first one seen. */
  static final int MAX_ASSOCIATION_PAGES = 5;

  private final URI apiUrl;
  private final String accessToken;
  private final HubSpotProperties mapping;
  private final CrmHttp http;

  public HubSpotClient(AccountsProperties.HubSpot properties, Duration timeout, Clock clock) {
    if (properties.accessToken() == null || properties.accessToken().isBlank()) {
      throw new IllegalStateException("triage.accounts.source=hubspot needs the private app's access token in "
          + "the environment variable TRIAGE_ACCOUNTS_HUBSPOT_ACCESS_TOKEN");
    }
    this.apiUrl = properties.apiUrl();
    this.accessToken = properties.accessToken();
    this.mapping = properties.properties();
    this.http = new CrmHttp(name(), timeout, clock);
  }

  @Override
  public String name() {
    return "hubspot";
  }

  @Override
  public Optional<CrmAccount> findByContactEmail(String email) {
    ObjectNode search = equalTo("email", email);
    search.putArray("properties").add("email");
    search.put("limit", 1);
    JsonNode contacts = call(http.postJson(uri("/crm/v3/objects/contacts/search"), search), "contacts search");
    String contactId = text(contacts.path("results").path(0).path("id"));
    if (contactId == null) {
      return Optional.empty();
    }
    return primaryCompany(contactId).flatMap(this::findById);
  }

  @Override
  public Optional<CrmAccount> findByDomain(String domain) {
    if (blank(mapping.domain())) {
      return Optional.empty();
    }
    ObjectNode search = equalTo(mapping.domain(), domain);
    propertyNames().forEach(search.putArray("properties")::add);
    search.put("limit", 1);
    JsonNode companies = call(http.postJson(uri("/crm/v3/objects/companies/search"), search), "companies search");
    JsonNode first = companies.path("results").path(0);
    return first.isMissingNode() ? Optional.empty() : Optional.of(toAccount(first));
  }

  @Override
  public Optional<CrmAccount> findById(String companyId) {
    String properties = String.join(",", propertyNames().map(CrmHttp::encode).toList());
    CrmHttp.Response response = http.send(authorized(http.get(
        uri("/crm/v3/objects/companies/" + encode(companyId) + "?properties=" + properties))), "company read");
    if (response.status() == 404) {
      return Optional.empty();
    }
    return Optional.of(toAccount(http.require(response, "company read").body()));
  }

  @Override
  public List<CrmAccount> searchByName(String query, int limit) {
    List<CrmAccount> found = new ArrayList<>();
    String after = null;
    do {
      ObjectNode search = http.object();
      if (query != null && !query.isBlank()) {
        ObjectNode filter = search.putArray("filterGroups").addObject().putArray("filters").addObject();
        filter.put("propertyName", mapping.name()).put("operator", "CONTAINS_TOKEN").put("value",
            "*" + query.strip() + "*");
      }
      search.putArray("sorts").addObject().put("propertyName", mapping.name()).put("direction", "ASCENDING");
      propertyNames().forEach(search.putArray("properties")::add);
      search.put("limit", Math.min(SEARCH_PAGE, limit - found.size()));
      if (after != null) {
        search.put("after", after);
      }
      JsonNode page = call(http.postJson(uri("/crm/v3/objects/companies/search"), search), "companies search");
      page.path("results").forEach(company -> found.add(toAccount(company)));
      after = text(page.path("paging").path("next").path("after"));
    } while (after != null && found.size() < limit);
    return found.size() > limit ? found.subList(0, limit) : found;
  }

  /**
   * The contact's primary company; else the first company it is associated with. Follows the pages of the
   * association list (paging.next.after) a few times looking for the primary one.
   */
  private Optional<String> primaryCompany(String contactId) {
    String first = null;
    String after = null;
    for (int page = 0; page < MAX_ASSOCIATION_PAGES; page++) {
      JsonNode associations = call(http.get(uri("/crm/v4/objects/contacts/" + encode(contactId)
          + "/associations/companies" + (after == null ? "" : "?after=" + encode(after)))), "associations read");
      for (JsonNode association : associations.path("results")) {
        String companyId = text(association.path("toObjectId"));
        if (companyId == null) {
          continue;
        }
        if (first == null) {
          first = companyId;
        }
        for (JsonNode type : association.path("associationTypes")) {
          if (type.path("typeId").asInt() == PRIMARY_COMPANY && "HUBSPOT_DEFINED".equals(type.path("category").asText())) {
            return Optional.of(companyId);
          }
        }
      }
      after = text(associations.path("paging").path("next").path("after"));
      if (after == null) {
        break;
      }
    }
    return Optional.ofNullable(first);
  }

  private CrmAccount toAccount(JsonNode company) {
    String id = text(company.path("id"));
    JsonNode properties = company.path("properties");
    String name = property(properties, mapping.name());
    Owner owner = owner(property(properties, mapping.owner()));
    return new CrmAccount(id,
        name != null ? name : Optional.ofNullable(property(properties, mapping.domain())).orElse("HubSpot company " + id),
        property(properties, mapping.plan()),
        CrmValues.money(property(properties, mapping.mrr())),
        CrmValues.money(property(properties, mapping.clv())),
        CrmValues.date(property(properties, mapping.renewal())),
        CrmValues.score(property(properties, mapping.health())),
        owner.name(), owner.email());
  }

  private record Owner(String name, String email) {
    static final Owner NONE = new Owner(null, null);
  }

  /** The owner's name and e-mail (owners v3); none when unset or no longer an owner (404). */
  private Owner owner(String ownerId) {
    if (ownerId == null) {
      return Owner.NONE;
    }
    CrmHttp.Response response = http.send(authorized(http.get(uri("/crm/v3/owners/" + encode(ownerId)))),
        "owner read");
    if (response.status() == 404) {
      return Owner.NONE;
    }
    JsonNode owner = http.require(response, "owner read").body();
    String name = String.join(" ", Stream.of(text(owner.path("firstName")), text(owner.path("lastName")))
        .filter(part -> part != null).toList());
    return new Owner(name.isEmpty() ? null : name, text(owner.path("email")));
  }

  private ObjectNode equalTo(String property, String value) {
    ObjectNode search = http.object();
    search.putArray("filterGroups").addObject().putArray("filters").addObject()
        .put("propertyName", property).put("operator", "EQ").put("value", value);
    return search;
  }

  /** The mapped property names, each once, blanks left out. */
  private Stream<String> propertyNames() {
    Set<String> names = new LinkedHashSet<>();
    Stream.of(mapping.name(), mapping.domain(), mapping.plan(), mapping.mrr(), mapping.clv(), mapping.renewal(),
        mapping.health(), mapping.owner()).filter(name -> !blank(name)).forEach(names::add);
    return names.stream();
  }

  private static String property(JsonNode properties, String name) {
    return blank(name) ? null : text(properties.path(name));
  }

  private JsonNode call(HttpRequest.Builder request, String what) {
    return http.require(http.send(authorized(request), what), what).body();
  }

  private HttpRequest.Builder authorized(HttpRequest.Builder request) {
    return request.header("Authorization", "Bearer " + accessToken);
  }

  private URI uri(String path) {
    return CrmHttp.uri(apiUrl, path);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
