package com.sentimenttriage.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.triage.ProcessVariable;
import com.sentimenttriage.triage.TriageVariables;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The webhook's start variables and {@link TriageVariables#RECEIVED}, which "Ticket received" sets for a ticket
 * started any other way ({@link ReceivedTicketDefaults}), name the same variables: the model's steps name them
 * directly, so one missing on either side fails a step for the tickets started that way.
 */
class StartVariablesTest {

  @Test
  void theWebhookStartsATicketWithExactlyTheReceivedVariables() {
    IncomingTicket ticket = new IncomingTicket("zendesk", "1", null, null, "b", List.of(), "a@b.example", null, null,
        null, List.of(), null, OffsetDateTime.now(), null, null, null);

    assertThat(TicketTriage.startVariables(ticket).keySet())
        .containsExactlyInAnyOrderElementsOf(TriageVariables.RECEIVED.stream().map(ProcessVariable::name).toList());
  }
}
