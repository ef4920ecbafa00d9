package com.sentimenttriage.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

/**
 * A ticket as every connector hands it to triage, whatever helpdesk it came from. Connectors build it from the
 * provider's payload; {@link #masked(PersonalDataMasker)} replaces personal data in every free-text field before
 * triage sees it. The requester e-mail is the one unmasked field, kept only as the account lookup key; of the
 * requester name only its initials are kept ({@link #requesterInitials()}), so the CS alert can say who wrote in.
 *
 * @param eventId the provider's id of this delivery (webhook event or notification id), null when it has none
 * @param body the latest customer message: what is scored
 * @param earlierMessages the conversation before {@code body}, oldest first, with who wrote each message
 * @param organization the requester's organization, or their e-mail domain when the helpdesk knows no organization
 * @param url the ticket in the helpdesk, for the reviewer
 * @param campaign the campaign or source the helpdesk holds for the ticket (issue 17), null when it holds none
 */
public record IncomingTicket(
    String source,
    String ticketId,
    String eventId,
    String subject,
    String body,
    List<TicketMessage> earlierMessages,
    String requesterEmail,
    String requesterName,
    String organization,
    String channel,
    List<String> tags,
    String priority,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    String url,
    String campaign) {

  public IncomingTicket {
    // The last line against one key for many customers' tickets ("generic:"): connectors refuse earlier with a
    // message naming their field, so this holds for any future connector too.
    if (HelpdeskText.isBlank(ticketId)) {
      throw WebhookRejection.invalid("The ticket id is missing or blank.");
    }
    earlierMessages = earlierMessages == null ? List.of() : List.copyOf(earlierMessages);
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** A ticket without a campaign: the shape before issue 17. */
  public IncomingTicket(String source, String ticketId, String eventId, String subject, String body,
      List<TicketMessage> earlierMessages, String requesterEmail, String requesterName, String organization,
      String channel, List<String> tags, String priority, OffsetDateTime createdAt, OffsetDateTime updatedAt,
      String url) {
    this(source, ticketId, eventId, subject, body, earlierMessages, requesterEmail, requesterName, organization,
        channel, tags, priority, createdAt, updatedAt, url, null);
  }

  /** The same ticket with the campaign the helpdesk holds for it. */
  public IncomingTicket withCampaign(String campaignOrNull) {
    return new IncomingTicket(source, ticketId, eventId, subject, body, earlierMessages, requesterEmail,
        requesterName, organization, channel, tags, priority, createdAt, updatedAt, url, campaignOrNull);
  }

  /** The generic webhook's original shape: a single message and no helpdesk metadata. */
  public IncomingTicket(String source, String ticketId, String subject, String body, String requesterEmail,
      OffsetDateTime createdAt, String channel) {
    this(source, ticketId, null, subject, body, List.of(), requesterEmail, null, null, channel, List.of(), null,
        createdAt, null, null);
  }

  /**
   * Identifies this delivery, so a helpdesk's retry is recognised: the provider's event id, else the ticket id
   * with its update time, else the ticket id with a digest of the message (a retry repeats the same bytes).
   */
  public String deliveryKey() {
    String ticket = source + ":" + ticketId;
    if (eventId != null && !eventId.isBlank()) {
      return ticket + "#event:" + eventId.strip();
    }
    if (updatedAt != null) {
      return ticket + "@" + updatedAt.toInstant();
    }
    return ticket + "#text:" + sha256(body == null ? "" : body);
  }

  /** A copy with the requester's e-mail the helpdesk's API gave (RequesterDirectory). */
  public IncomingTicket withRequesterEmail(String email) {
    return new IncomingTicket(source, ticketId, eventId, subject, body, earlierMessages, email, requesterName,
        organization, channel, tags, priority, createdAt, updatedAt, url);
  }

  /** A copy with subject, messages, tags and requester name masked. */
  public IncomingTicket masked(PersonalDataMasker masker) {
    return new IncomingTicket(source, ticketId, eventId, masker.mask(subject), masker.mask(body),
        earlierMessages.stream().map(m -> m.masked(masker)).toList(), requesterEmail, masker.mask(requesterName),
        masker.mask(organization), channel, tags.stream().map(masker::mask).toList(), priority, createdAt,
        updatedAt, url, masker.mask(campaign));
  }

  /**
   * Who wrote in, masked: the initials of the requester's name as the helpdesk gives it ("Quinn Leakwood" → "Q. L."),
   * enough for a CS owner who knows the account's contacts, while the name itself is stored nowhere. Null without a
   * name, or when the name is nothing but masked data (an e-mail address in the name field).
   */
  public String requesterInitials() {
    if (requesterName == null) {
      return null;
    }
    StringBuilder initials = new StringBuilder();
    for (String word : requesterName.strip().split("[\\s\\-]+")) {
      if (!word.isEmpty() && Character.isLetter(word.codePointAt(0)) && !word.startsWith("[")) {
        initials.append(initials.isEmpty() ? "" : " ").appendCodePoint(Character.toUpperCase(word.codePointAt(0)))
            .append('.');
      }
    }
    return initials.isEmpty() ? null : initials.toString();
  }

  static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
