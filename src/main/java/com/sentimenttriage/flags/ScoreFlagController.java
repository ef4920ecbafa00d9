package com.sentimenttriage.flags;

import com.sentimenttriage.records.ScoreFlags;
import com.sentimenttriage.records.ScoredTicketStore;
import com.sentimenttriage.triage.Problems;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * "This score was wrong", from the dashboard or a script: any signed-in agent or supervisor may flag a scored ticket
 * as one that should (or should not) have been escalated, optionally with the right topic.
 */
@RestController
@RequestMapping("/api/feedback/flags")
public class ScoreFlagController {

  static final int MAX_COMMENT = 2000;
  static final int MAX_TOPIC = 100;

  private final ScoreFlags flags;
  private final ScoredTicketStore tickets;
  private final Clock clock;

  public ScoreFlagController(ScoreFlags flags, ScoredTicketStore tickets, Clock clock) {
    this.flags = flags;
    this.tickets = tickets;
    this.clock = clock;
  }

  /** {@code shouldEscalate} is the correct verdict: true when the ticket needed a human, false when it did not. */
  public record FlagRequest(String businessKey, Boolean shouldEscalate, String correctTopic, String comment) {
  }

  public record FlagCreated(long id, String businessKey, boolean shouldEscalate) {
  }

  @PostMapping
  public ResponseEntity<FlagCreated> flag(@RequestBody FlagRequest request, Principal principal) {
    if (request.businessKey() == null || request.businessKey().isBlank()) {
      throw Problems.of(HttpStatus.BAD_REQUEST, "Invalid flag", "businessKey names the scored ticket, e.g. "
          + "\"generic:T-1\"; it is missing.");
    }
    if (request.shouldEscalate() == null) {
      throw Problems.of(HttpStatus.BAD_REQUEST, "Invalid flag",
          "shouldEscalate (true or false) says what the right decision was; it is missing.");
    }
    if (length(request.comment()) > MAX_COMMENT || length(request.correctTopic()) > MAX_TOPIC) {
      throw Problems.of(HttpStatus.BAD_REQUEST, "Invalid flag",
          "comment is limited to " + MAX_COMMENT + " and correctTopic to " + MAX_TOPIC + " characters.");
    }
    if (!tickets.exists(request.businessKey())) {
      throw Problems.of(HttpStatus.NOT_FOUND, "Unknown ticket",
          "No scored ticket has the business key given in businessKey.");
    }
    long id = flags.add(new ScoreFlags.Flag(request.businessKey(), request.shouldEscalate(),
        blankToNull(request.correctTopic()), blankToNull(request.comment()), principal.getName(), clock.instant()));
    return ResponseEntity.created(URI.create("/api/feedback/flags/" + id))
        .body(new FlagCreated(id, request.businessKey(), request.shouldEscalate()));
  }

  private static int length(String value) {
    return value == null ? 0 : value.length();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
