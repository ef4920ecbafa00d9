package com.sentimenttriage.intake;

import java.time.OffsetDateTime;

/**
 * A ticket as every connector hands it to triage, whatever helpdesk it came from. Subject and body are masked
 * already; the requester e-mail is the one unmasked field, kept only as the account lookup key.
 */
public record IncomingTicket(
    String source,
    String ticketId,
    String subject,
    String body,
    String requesterEmail,
    OffsetDateTime createdAt,
    String channel) {
}
