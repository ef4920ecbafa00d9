package com.sentimenttriage.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The generic webhook's JSON body, for helpdesks without a dedicated connector. Only {@code ticketId} and
 * {@code body} are required; {@code messages} is the conversation before {@code body}, oldest first.
 */
public record GenericTicketPayload(
    @NotBlank(message = "ticketId is required") @Size(max = 200, message = "ticketId is longer than 200 characters")
    String ticketId,
    @Size(max = 200, message = "eventId is longer than 200 characters")
    String eventId,
    @Size(max = 1000, message = "subject is longer than 1000 characters")
    String subject,
    @NotBlank(message = "body (the customer's message) is required")
    String body,
    @Size(max = 200, message = "messages has more than 200 entries")
    List<@Valid @NotNull(message = "messages must not contain null") Message> messages,
    @Size(max = 320, message = "requesterEmail is longer than 320 characters")
    String requesterEmail,
    @Size(max = 200, message = "requesterName is longer than 200 characters")
    String requesterName,
    @Size(max = 200, message = "organization is longer than 200 characters")
    String organization,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    @Size(max = 50, message = "channel is longer than 50 characters")
    String channel,
    @Size(max = 50, message = "tags has more than 50 entries")
    List<@NotBlank(message = "tags must not be blank") @Size(max = 100, message = "a tag is longer than 100 characters") String> tags,
    @Size(max = 50, message = "priority is longer than 50 characters")
    String priority,
    @Size(max = 1000, message = "url is longer than 1000 characters")
    String url) {

  /** One earlier message: who wrote it ({@code customer} or {@code agent}) and what. */
  public record Message(
      @NotNull(message = "messages[].author is required (customer or agent)")
      @Pattern(regexp = "(?i)customer|agent", message = "messages[].author is customer or agent")
      String author,
      @NotBlank(message = "messages[].text is required")
      String text) {
  }
}
