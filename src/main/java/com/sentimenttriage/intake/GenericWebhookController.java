package com.sentimenttriage.intake;

import com.sentimenttriage.triage.TicketTriage;
import com.sentimenttriage.triage.TicketTriage.TriageStart;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Entry point for helpdesks without a dedicated connector. Answers 202 once the triage instance is committed,
 * 200 with the existing instance when the same ticket is delivered again.
 */
@RestController
@RequestMapping("/api/webhooks")
public class GenericWebhookController {

  static final String SOURCE = "generic";

  private final TicketTriage triage;
  private final PersonalDataMasker masker;

  public GenericWebhookController(TicketTriage triage, PersonalDataMasker masker) {
    this.triage = triage;
    this.masker = masker;
  }

  @PostMapping(path = "/generic", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<TriageStart> receive(@Valid @RequestBody GenericTicketPayload payload) {
    IncomingTicket ticket = new IncomingTicket(
        SOURCE,
        payload.ticketId().strip(),
        masker.mask(payload.subject()),
        masker.mask(payload.body()),
        payload.requesterEmail(),
        payload.createdAt(),
        payload.channel() == null ? "unknown" : payload.channel());
    TriageStart started = triage.receive(ticket);
    return ResponseEntity.status(started.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(started);
  }
}
