package com.sentimenttriage.intake;

/** One earlier message of a ticket's conversation, with who wrote it. Masked before it reaches triage. */
public record TicketMessage(Author author, String text) {

  public enum Author { CUSTOMER, AGENT }

  public TicketMessage masked(PersonalDataMasker masker) {
    return new TicketMessage(author, masker.mask(text));
  }
}
