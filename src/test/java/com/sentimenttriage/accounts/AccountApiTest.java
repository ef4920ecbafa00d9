package com.sentimenttriage.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.support.IntegrationTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The accounts API over real HTTP: only process admins change accounts, bad input is a problem detail that
 * changes nothing, and the lookup the triage uses sees the result. Never signs in with a wrong password.
 */
class AccountApiTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  AccountDirectory directory;

  private static String account(long id, String name, int health, String domain, String contact) {
    return """
        {"id": %d, "name": "%s", "plan": "Business", "mrr": 1500, "clv": 36000, "renewalDate": "2027-01-31",
         "healthScore": %d, "csOwnerName": "Ravi Menon", "csOwnerEmail": "ravi.menon@cs.sentiment-triage.example",
         "csManagerName": "Morgan Lee", "csManagerEmail": "morgan.lee@cs.sentiment-triage.example",
         "domains": ["%s"], "contacts": ["%s"]}""".formatted(id, name, health, domain, contact);
  }

  private HttpResponse<String> as(String user, String method, String path, String contentType, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  @Test
  void anonymousCallersAreAskedToSignInAndSupervisorsAreRefused() {
    assertThat(get("/api/accounts").statusCode()).isEqualTo(401);
    assertThat(get("/api/accounts/1").statusCode()).isEqualTo(401);
    // An anonymous POST without credentials meets the session CSRF check first: refused either way.
    assertThat(postJson("/api/accounts", account(9100, "Anon Co", 50, "anon.example", "a@anon.example"))
        .statusCode()).isIn(401, 403);
    assertThat(getAs("supervisor", "supervisor", "/api/accounts").statusCode()).isEqualTo(403);
    assertThat(postJsonAs("supervisor", "supervisor", "/api/accounts",
        account(9101, "Sup Co", 50, "sup.example", "a@sup.example")).statusCode()).isEqualTo(403);
    assertThat(as("supervisor", "DELETE", "/api/accounts/1", null, null).statusCode()).isEqualTo(403);
    assertThat(as("admin", "GET", "/api/accounts/9100", null, null).statusCode()).isEqualTo(404);
    assertThat(as("admin", "GET", "/api/accounts/9101", null, null).statusCode()).isEqualTo(404);
  }

  @Test
  void anAdminCreatesReadsUpdatesAndDeletesAnAccount() throws Exception {
    HttpResponse<String> created = as("admin", "POST", "/api/accounts", "application/json",
        account(9200, "Northwind Traders", 70, "northwind.example", "buyer@northwind.example"));
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue("/api/accounts/9200");

    assertThat(directory.findByRequesterEmail("Buyer@Northwind.example")).map(Account::name)
        .hasValue("Northwind Traders");
    assertThat(directory.findByRequesterEmail("someone.else@northwind.example")).map(Account::id).hasValue(9200L);

    HttpResponse<String> updated = as("admin", "PUT", "/api/accounts/9200", "application/json",
        account(9200, "Northwind Traders", 45, "northwind.example", "buyer@northwind.example"));
    assertThat(updated.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(updated.body()).get("healthScore").asInt()).isEqualTo(45);
    JsonNode history = JSON.readTree(as("admin", "GET", "/api/accounts/9200/health-history", null, null).body());
    assertThat(history).extracting(point -> point.get("healthScore").asInt()).containsExactly(70, 45);

    JsonNode found = JSON.readTree(as("admin", "GET", "/api/accounts?q=northwind", null, null).body());
    assertThat(found).extracting(a -> a.get("id").asLong()).containsExactly(9200L);
    JsonNode trend = JSON.readTree(as("admin", "GET", "/api/accounts/9200/trend", null, null).body());
    assertThat(trend.get("light").asText()).isEqualTo("unknown");

    assertThat(as("admin", "DELETE", "/api/accounts/9200", null, null).statusCode()).isEqualTo(204);
    HttpResponse<String> gone = as("admin", "GET", "/api/accounts/9200", null, null);
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(gone.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).contains("application/problem+json"));
    assertThat(directory.findByRequesterEmail("buyer@northwind.example")).isEmpty();
  }

  @Test
  void invalidOrConflictingAccountsAreProblemsThatChangeNothing() throws Exception {
    HttpResponse<String> invalid = as("admin", "POST", "/api/accounts", "application/json",
        account(9300, "", 150, "bad.example", "not-an-email"));
    assertThat(invalid.statusCode()).isEqualTo(400);
    JsonNode problem = JSON.readTree(invalid.body());
    assertThat(problem.get("title").asText()).isEqualTo("Invalid account");
    assertThat(problem.get("detail").asText()).contains("name is required", "healthScore is 0-100",
        "contacts must be e-mail addresses");

    HttpResponse<String> taken = as("admin", "POST", "/api/accounts", "application/json",
        account(9301, "Acme Copycat", 50, "acme.example", "x@copycat.example"));
    assertThat(taken.statusCode()).isEqualTo(409);

    assertThat(as("admin", "POST", "/api/accounts", "application/json", "{\"id\": ").statusCode()).isEqualTo(400);
    assertThat(as("admin", "GET", "/api/accounts/9300", null, null).statusCode()).isEqualTo(404);
    assertThat(as("admin", "GET", "/api/accounts/9301", null, null).statusCode()).isEqualTo(404);
    assertThat(directory.findByRequesterEmail("x@copycat.example")).isEmpty();
    assertThat(directory.findById(1)).map(Account::name).hasValue("Acme Corp");
  }

  @Test
  void importsACsvAllOrNothing() throws Exception {
    String header = "id,name,plan,mrr,clv,renewal_date,health_score,cs_owner_name,cs_owner_email,"
        + "cs_manager_name,cs_manager_email,domains,contacts\n";
    String good = header
        + "9400,Contoso Imports,Starter,99,1188,+30d,60,Lena Fischer,lena@cs.example,Morgan Lee,m@cs.example,"
        + "contoso-imports.example,\n"
        + "9401,Fabrikam Tools,Enterprise,7200,,2027-03-01,90,Tom Okafor,tom@cs.example,,,fabrikam.example,"
        + "cto@fabrikam.example\n";
    HttpResponse<String> imported = as("admin", "POST", "/api/accounts/import", "text/csv", good);
    assertThat(imported.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(imported.body()).get("imported").asInt()).isEqualTo(2);
    assertThat(directory.findByRequesterEmail("cto@fabrikam.example")).map(Account::name)
        .hasValue("Fabrikam Tools");

    String bad = header
        + "9402,Tailspin Toys,Starter,49,,+10d,50,A,a@cs.example,,,tailspin.example,\n"
        + "9403,Wide World,Starter,lots,,+10d,50,A,a@cs.example,,,wideworld.example,\n";
    HttpResponse<String> refused = as("admin", "POST", "/api/accounts/import", "text/csv", bad);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("documented format");
    assertThat(directory.findById(9402)).isEmpty();
  }

  @Test
  void freeMailDomainsNeverAttachATicket() {
    assertThat(directory.findByRequesterEmail("ops@acme.example")).map(Account::id).hasValue(1L);
    assertThat(directory.findByRequesterEmail("someone@gmail.com")).isEmpty();
    assertThat(directory.findByRequesterEmail("someone@outlook.com")).isEmpty();
  }
}
