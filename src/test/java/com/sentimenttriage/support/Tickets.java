package com.sentimenttriage.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Generic-webhook tickets for load and fault tests, from the demo accounts, and a plain HTTP client for them. */
public final class Tickets {

  /** A churn threat: on a paying account the escalation gate alerts at once (AUTOMATED) or asks for a review. */
  public static final String CHURN_THREAT = "I have asked three times and still no answer. This is unacceptable, "
      + "we are reconsidering our renewal.";
  public static final String QUESTION = "How do I add a new user to our workspace?";

  /**
   * The load mix of the cluster test and the load benchmark: the first seven paying demo accounts get many tickets at
   * once, in angry, neutral and happy texts, so some reach the alert path and many share an account's cooldown. Other
   * tests keep clear of these accounts (their cooldowns hold alerts).
   */
  public static final List<String> LOAD_DOMAINS = payingAccountDomains().subList(0, 7);
  private static final List<String> LOAD_TEXTS = List.of(
      CHURN_THREAT,
      "The numbers are wrong in every report since the update. Data disappeared. Fix this now!",
      "Thanks, the new dashboard works great and the team loves it.",
      QUESTION,
      "We were charged twice this month and nobody replies. Very disappointed.",
      "Sync stopped again, the webhook is not firing. Second time this week.");

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Tickets() {
  }

  /**
   * The e-mail domains of the demo accounts that pay (accounts/demo-accounts.csv), in file order. One churn ticket
   * per domain is one alert: the cooldown attaches a second alert for the same account and topic to the first.
   */
  public static List<String> payingAccountDomains() {
    try (InputStream csv = Tickets.class.getResourceAsStream("/accounts/demo-accounts.csv")) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
          .parse(new InputStreamReader(csv, StandardCharsets.UTF_8)).stream()
          .filter(account -> Double.parseDouble(account.get("mrr")) > 0)
          .map(Tickets::firstDomain)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstDomain(CSVRecord account) {
    return account.get("domains").split(";")[0].strip();
  }

  public static String json(String ticketId, String text, String domain, String channel) {
    return """
        {"ticketId": "%s", "subject": "Ticket %s", "body": "%s", "requesterEmail": "it@%s", "channel": "%s"}"""
        .formatted(ticketId, ticketId, text, domain, channel);
  }

  /** The JSON body of ticket number {@code n} of the load mix, delivered under {@code ticketId}. */
  public static String loadMix(String ticketId, int n) {
    String domain = LOAD_DOMAINS.get(n % LOAD_DOMAINS.size());
    String text = LOAD_TEXTS.get((n / LOAD_DOMAINS.size()) % LOAD_TEXTS.size());
    return """
        {"ticketId": "%s", "subject": "Ticket %d", "body": "%s", "requesterEmail": "user%d@%s", "channel": "email"}"""
        .formatted(ticketId, n, text, n % 40, domain);
  }

  /** Posts a ticket; the helpdesk's view: status, headers, body. */
  public static HttpResponse<String> post(URI webhook, String json) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(webhook)
        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
