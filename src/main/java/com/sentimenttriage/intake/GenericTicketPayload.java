package com.sentimenttriage.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** The generic webhook's JSON body, for helpdesks without a dedicated connector. */
public record GenericTicketPayload(
    @NotBlank(message = "ticketId is required") @Size(max = 200, message = "ticketId is longer than 200 characters")
    String ticketId,
    @Size(max = 1000, message = "subject is longer than 1000 characters")
    String subject,
    @NotBlank(message = "body (the customer's message) is required")
    String body,
    @Size(max = 320, message = "requesterEmail is longer than 320 characters")
    String requesterEmail,
    OffsetDateTime createdAt,
    @Size(max = 50, message = "channel is longer than 50 characters")
    String channel) {
}
