package com.sentimenttriage.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Tasklist page carries the nonce of its own Content-Security-Policy header, also while other webapp requests
 * run at the same time. Before {@link WebappCspNonce}, Camunda kept one nonce for the whole server, and a page served
 * while another request wrote its nonce carried the other one: the browser then ran none of the page's scripts.
 */
class WebappCspNonceTest extends IntegrationTest {

  private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");
  private static final Pattern PAGE_NONCE = Pattern.compile("<script[^>]*nonce=\"([^\"]*)\"");
  private static final int THREADS = 6;
  private static final int PAGES_PER_THREAD = 30;

  @Test
  void eachTasklistPageCarriesTheNonceOfItsOwnHeaderUnderConcurrentRequests() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        results.add(threads.submit(() -> {
          List<String> mismatches = new ArrayList<>();
          for (int i = 0; i < PAGES_PER_THREAD; i++) {
            HttpResponse<String> page = getAs("supervisor", "supervisor", "/camunda/app/tasklist/default/");
            assertThat(page.statusCode()).isEqualTo(200);
            String header = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            String sent = find(HEADER_NONCE, header);
            String inPage = find(PAGE_NONCE, page.body());
            if (!sent.equals(inPage)) {
              mismatches.add("header " + sent + ", page " + inPage);
            }
            // A webapp API call, as the page's own scripts make: Camunda's header filter writes a nonce for it too.
            getAs("supervisor", "supervisor", "/camunda/api/engine/engine/");
          }
          return mismatches;
        }));
      }
      List<String> mismatches = new ArrayList<>();
      for (Future<List<String>> result : results) {
        mismatches.addAll(result.get());
      }
      assertThat(mismatches).as("pages whose script nonce is not their header's, of %d", THREADS * PAGES_PER_THREAD)
          .isEmpty();
    } finally {
      threads.shutdownNow();
    }
  }

  private static String find(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    assertThat(matcher.find()).as("a nonce in %s", text.length() > 300 ? text.substring(0, 300) : text).isTrue();
    return matcher.group(1);
  }
}
