package com.sentimenttriage.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's session over real HTTP: it keeps its cookies (the session id, Camunda's XSRF-TOKEN) and makes the
 * calls the app's login page and Camunda's webapps make, CSRF tokens included. Redirects are not followed, so a
 * test sees a 302 to the login page for what it is.
 */
public final class WebSession {

  /** What Camunda's webapps (AngularJS) ask for in their API calls. */
  private static final String XHR = "application/json, text/plain, */*";
  /** What the dashboard's script asks for. */
  private static final String JSON = "application/json";
  /** What a browser asks for when it opens a page or submits a form. */
  private static final String PAGE = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
  private static final Pattern SPRING_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
  private static final String CAMUNDA_AUTH = "/camunda/api/admin/auth/user/default";

  private final Function<String, URI> uri;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  public WebSession(Function<String, URI> uri) {
    this.uri = uri;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** An API call as the webapps' pages (under /camunda) or the dashboard's page make it. */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri.apply(path)).header("Accept", path.startsWith("/camunda/") ? XHR : JSON)
        .GET());
  }

  /** A page opened in the browser. */
  public HttpResponse<String> open(String path) {
    return send(HttpRequest.newBuilder(uri.apply(path)).header("Accept", PAGE).GET());
  }

  /** Signs in on the app's login page (Spring Security's form), as a person opening the dashboard does. */
  public HttpResponse<String> signInToDashboard(String user, String password) {
    return postForm("/login", Map.of("username", user, "password", password, "_csrf", springCsrfToken("/login")),
        Map.of("Accept", PAGE));
  }

  /** The dashboard's "Sign out" button (a form with Spring Security's CSRF token). */
  public HttpResponse<String> signOutOfDashboard() {
    return postForm("/logout", Map.of("_csrf", springCsrfToken("/dashboard")), Map.of("Accept", PAGE));
  }

  /**
   * Signs in through Camunda's own login form the way Tasklist's page does: it asks for the engines (which hands
   * out Camunda's CSRF cookie), then posts the credentials with that token.
   */
  public HttpResponse<String> signInToTasklist(String user, String password) {
    get("/camunda/api/engine/engine/");
    return postForm(CAMUNDA_AUTH + "/login/tasklist", Map.of("username", user, "password", password),
        Map.of("Accept", XHR, "X-XSRF-TOKEN", camundaCsrfToken()));
  }

  /** Tasklist's "Sign out". */
  public HttpResponse<String> signOutOfTasklist() {
    return postForm(CAMUNDA_AUTH + "/logout", Map.of(), Map.of("Accept", XHR, "X-XSRF-TOKEN", camundaCsrfToken()));
  }

  /**
   * A change the webapps' pages make through their API (completing a task, setting a variable): JSON, with the
   * CSRF token Camunda handed out and the page's origin, which Camunda's CSRF filter checks too.
   */
  public HttpResponse<String> sendJson(String method, String path, String json) {
    URI target = uri.apply(path);
    return send(HttpRequest.newBuilder(target).header("Accept", XHR)
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", camundaCsrfToken())
        .header("Origin", target.getScheme() + "://" + target.getAuthority())
        .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  public HttpResponse<String> postForm(String path, Map<String, String> form, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri.apply(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"))));
    headers.forEach(request::header);
    return send(request);
  }

  /** A JSON call the dashboard's script makes, with the {@code headers} given (and the session's cookies). */
  public HttpResponse<String> postJson(String path, String json, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri.apply(path))
        .header("Content-Type", JSON).header("Accept", JSON)
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    headers.forEach(request::header);
    return send(request);
  }

  /** The header with Spring Security's CSRF token, as the dashboard's script sends it (read from {@code page}). */
  public Map<String, String> csrfHeader(String page) {
    return Map.of("X-CSRF-TOKEN", springCsrfToken(page));
  }

  /** The token Camunda's CSRF filter handed out last, or "" when it handed out none. */
  private String camundaCsrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .reduce((first, second) -> second).map(HttpCookie::getValue).orElse("");
  }

  private String springCsrfToken(String page) {
    HttpResponse<String> response = open(page);
    Matcher token = SPRING_CSRF.matcher(response.body());
    if (!token.find()) {
      throw new IllegalStateException(page + " has no CSRF token: " + response.statusCode() + " " + response.body());
    }
    return token.group(1);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    return IntegrationTest.send(client, request);
  }
}
