package com.sentimenttriage.intake;

import com.sentimenttriage.intake.TicketTriage.TriageStart;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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
  private final Validator validator;

  public GenericWebhookController(TicketTriage triage, PersonalDataMasker masker, Validator validator) {
    this.triage = triage;
    this.masker = masker;
    this.validator = validator;
  }

  /**
   * Reads the raw body through {@link WebhookJson}, the strict reader every connector uses (one object, no trailing
   * tokens, no NUL, bounded depth, numbers and strings), then binds and validates it.
   */
  @PostMapping(path = "/generic", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<TriageStart> receive(@RequestBody byte[] raw) {
    GenericTicketPayload payload = WebhookJson.read(raw, GenericTicketPayload.class);
    String violations = validator.validate(payload).stream().map(ConstraintViolation::getMessage).sorted()
        .collect(Collectors.joining("; "));
    if (!violations.isEmpty()) {
      throw WebhookRejection.invalid(violations);
    }
    // @NotBlank trims ASCII only: an id of em or ideographic spaces passes it.
    if (HelpdeskText.isBlank(payload.ticketId())) {
      throw WebhookRejection.invalid("ticketId is required");
    }
    String body = HelpdeskText.plain(payload.body());
    if (HelpdeskText.isBlank(body)) {
      throw WebhookRejection.invalid("body (the customer's message) is empty once its HTML is removed");
    }
    List<TicketMessage> earlier = payload.messages() == null ? List.of() : payload.messages().stream()
        .map(m -> new TicketMessage(TicketMessage.Author.valueOf(m.author().toUpperCase(Locale.ROOT)),
            HelpdeskText.plain(m.text())))
        .filter(m -> m.text() != null && !m.text().isBlank())
        .toList();
    String requesterEmail = HelpdeskText.strip(payload.requesterEmail());
    IncomingTicket ticket = new IncomingTicket(
        SOURCE,
        HelpdeskText.strip(payload.ticketId()),
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
