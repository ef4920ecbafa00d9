package com.sentimenttriage.triage;

import com.sentimenttriage.intake.signature.GenericSignatureVerifier;
import com.sentimenttriage.support.Tickets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Signed generic webhooks over real HTTP, alternating between the nodes: open loop at a fixed rate (each send is
 * scheduled by the clock, never by an earlier answer, so a slow server cannot slow the load down and hide its own
 * latency) or closed loop at full speed (each client thread sends its next ticket when the last one is answered).
 */
final class WebhookLoad {

  /** What was sent in one phase: each accepted ticket's send time (nanoTime) by business key, and the answers. */
  record Sent(Map<String, Long> sentAt, int accepted, int duplicates, int errors, long firstSend, long maxLagNanos) {
  }

  private final List<URI> nodes;
  private final String secret;
  private final HttpClient http = HttpClient.newBuilder()
      // Tomcat speaks HTTP/1.1 here; the default would try an h2c upgrade on every new connection.
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  WebhookLoad(List<URI> nodes, String secret) {
    this.nodes = List.copyOf(nodes);
    this.secret = secret;
  }

  Sent openLoop(String prefix, int perSecond, int seconds) throws InterruptedException {
    Tally tally = new Tally();
    int tickets = perSecond * seconds;
    long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
    long start = System.nanoTime();
    List<CompletableFuture<Void>> answers = new ArrayList<>(tickets);
    for (int i = 0; i < tickets; i++) {
      long due = start + i * period;
      long wait;
      while ((wait = due - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      String ticketId = prefix + "-" + i;
      HttpRequest request = request(i, ticketId);
      long sentAt = System.nanoTime();
      tally.lag(sentAt - due);
      answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
          .handle((response, failure) -> {
            tally.count(ticketId, sentAt, response, failure);
            return null;
          }));
    }
    CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
    return tally.sent(start);
  }

  Sent closedLoop(String prefix, int tickets, int threads) throws InterruptedException {
    Tally tally = new Tally();
    AtomicInteger next = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      clients.execute(() -> {
        for (int i = next.getAndIncrement(); i < tickets; i = next.getAndIncrement()) {
          String ticketId = prefix + "-" + i;
          HttpRequest request = request(i, ticketId);
          long sentAt = System.nanoTime();
          HttpResponse<String> response = null;
          Throwable failure = null;
          try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
          } catch (Exception e) {
            failure = e;
          }
          tally.count(ticketId, sentAt, response, failure);
        }
      });
    }
    clients.shutdown();
    if (!clients.awaitTermination(30, TimeUnit.MINUTES)) {
      throw new IllegalStateException("clients still sending after 30 minutes");
    }
    return tally.sent(start);
  }

  /** Ticket {@code n} of the demo mix, signed now as a helpdesk signs it, to node {@code n mod nodes}. */
  private HttpRequest request(int n, String ticketId) {
    byte[] body = Tickets.loadMix(ticketId, n).getBytes(StandardCharsets.UTF_8);
    long now = Instant.now().getEpochSecond();
    return HttpRequest.newBuilder(nodes.get(n % nodes.size()))
        .header("Content-Type", "application/json")
        .header(GenericSignatureVerifier.TIMESTAMP, String.valueOf(now))
        .header(GenericSignatureVerifier.SIGNATURE, GenericSignatureVerifier.sign(secret, now, body))
        .timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  private static final class Tally {
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger printed = new AtomicInteger();
    private final AtomicLong maxLag = new AtomicLong();

    void lag(long nanos) {
      maxLag.accumulateAndGet(nanos, Math::max);
    }

    void count(String ticketId, long sent, HttpResponse<String> response, Throwable failure) {
      if (response != null && response.statusCode() == 202) {
        sentAt.put(TicketTriageProcess.businessKey("generic", ticketId), sent);
        accepted.incrementAndGet();
      } else if (response != null && response.statusCode() == 200) {
        duplicates.incrementAndGet();
      } else {
        errors.incrementAndGet();
        if (printed.incrementAndGet() <= 3) {
          System.err.println("  " + ticketId + ": " + (response != null
              ? response.statusCode() + " " + response.body() : failure));
        }
      }
    }

    Sent sent(long start) {
      return new Sent(Map.copyOf(sentAt), accepted.get(), duplicates.get(), errors.get(), start, maxLag.get());
    }
  }
}
