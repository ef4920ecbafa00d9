package com.sentimenttriage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the README tells a first-time user agrees with what the application does. */
class ReadmeTest {

  private static final Path README = Path.of("README.md");

  private static String readme() throws IOException {
    return Files.readString(README, StandardCharsets.UTF_8);
  }

  /** The text from the heading to the next heading of its level. */
  private static String section(String heading) throws IOException {
    String text = readme();
    int start = text.indexOf("\n## " + heading + "\n");
    assertThat(start).as("section %s", heading).isNotNegative();
    int end = text.indexOf("\n## ", start + 1);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  @Test
  void saysHowToBuildTheJarForTheCommandsWithoutRunningTheTests() throws IOException {
    assertThat(section("The two commands")).contains("./mvnw -DskipTests package")
        .contains("java -jar target/sentiment-triage.jar help");
  }

  @Test
  void everyCountOfDemoAccountsIsTheNumberTheApplicationLoads() throws IOException {
    long loaded;
    try (InputStream csv = getClass().getResourceAsStream("/accounts/demo-accounts.csv")) {
      loaded = new String(csv.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank())
          .count();
    }
    Matcher counts = Pattern.compile("(?:(\\S+) demo accounts|demo: (\\S+) from)").matcher(readme());
    List<String> said = new ArrayList<>();
    while (counts.find()) {
      said.add(counts.group(1) != null ? counts.group(1) : counts.group(2));
    }

    assertThat(said).isNotEmpty().allSatisfy(count -> assertThat(count).isEqualTo(Long.toString(loaded)));
  }

  @Test
  void theWalkthroughsTicketIsWrittenNow() throws Exception {
    String walkthrough = section("Walkthrough");
    Matcher block = Pattern.compile("```bash\\n(\\s*curl -i -X POST http://localhost:8080/api/webhooks/generic.*?)```",
        Pattern.DOTALL).matcher(walkthrough);
    assertThat(block.find()).as("the walkthrough's webhook curl").isTrue();
    // Run the command as a user's shell would, with a curl that only prints the body it would send.
    String script = "curl() { while [ $# -gt 0 ]; do if [ \"$1\" = -d ]; then printf '%s' \"$2\"; fi; shift; done; }\n"
        + block.group(1);
    Process bash = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
    String body = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(bash.exitValue()).as(body).isZero();

    JsonNode ticket = new ObjectMapper().readTree(body);

    assertThat(ticket.get("ticketId").asText()).isEqualTo("T-1001");
    Instant createdAt = Instant.parse(ticket.get("createdAt").asText());
    assertThat(Duration.between(createdAt, Instant.now()).abs()).isLessThan(Duration.ofMinutes(5));
  }

  @Test
  void calibrationSaysItTakesTheScoreCommandsOutputWithDays() throws IOException {
    String gate = section("Account context and the escalation gate");
    String calibration = gate.substring(gate.indexOf("calibrate --history"));

    assertThat(calibration).contains("The `score`\ncommand's own output is a history as it is, given the period it "
        + "covers with `--days 30`");
  }
}
