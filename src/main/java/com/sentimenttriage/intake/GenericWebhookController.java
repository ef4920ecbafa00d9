package com.sentimenttriage.intake;

import com.sentimenttriage.triage.TicketTriage;
import com.sentimenttriage.triage.TicketTriage.TriageStart;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Entry point for helpdesks without a dedicated connector. Answers 202 once the triage instance is committed (or
 * the follow-up handed to the running one), 200 with the existing instance when the same delivery comes again.
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
    WebhookJson.rejectNulCharacters(payload.ticketId(), payload.eventId(), payload.subject(), payload.body(),
        payload.requesterEmail(), payload.requesterName(), payload.organization(), payload.channel(),
        payload.priority());
    if (payload.tags() != null) {
      payload.tags().forEach(WebhookJson::rejectNulCharacters);
    }
    if (payload.messages() != null) {
      payload.messages().forEach(m -> WebhookJson.rejectNulCharacters(m.author(), m.text()));
    }
    String body = HelpdeskText.plain(payload.body());
    if (body == null || body.isBlank()) {
      throw WebhookRejection.invalid("body (the customer's message) is empty once its HTML is removed");
    }
    List<TicketMessage> earlier = payload.messages() == null ? List.of() : payload.messages().stream()
        .map(m -> new TicketMessage(TicketMessage.Author.valueOf(m.author().toUpperCase(Locale.ROOT)),
            HelpdeskText.plain(m.text())))
        .filter(m -> m.text() != null && !m.text().isBlank())
        .toList();
    String requesterEmail = payload.requesterEmail() == null ? null : payload.requesterEmail().strip();
    IncomingTicket ticket = new IncomingTicket(
        SOURCE,
        payload.ticketId().strip(),
        payload.eventId(),
        payload.subject(),
        body,
        earlier,
        requesterEmail,
        payload.requesterName(),
        payload.organization() != null ? payload.organization() : domainOf(requesterEmail),
        payload.channel() == null ? "unknown" : payload.channel(),
        payload.tags(),
        payload.priority(),
        payload.createdAt(),
        payload.updatedAt(),
        payload.url());
    TriageStart started = triage.receive(ticket.masked(masker));
    return ResponseEntity.status(started.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(started);
  }

  private static String domainOf(String email) {
    int at = email == null ? -1 : email.lastIndexOf('@');
    return at < 0 || at == email.length() - 1 ? null : email.substring(at + 1).toLowerCase(Locale.ROOT);
  }
}
