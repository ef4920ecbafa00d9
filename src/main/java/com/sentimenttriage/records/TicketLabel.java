package com.sentimenttriage.records;

/**
 * A label (a flag, a recall audit's answer) beside the ticket as the judged instance scored it: its masked text and
 * the gate's action, and whether the person said it should have been escalated.
 */
public record TicketLabel(String businessKey, String maskedText, String escalationAction, boolean shouldEscalate) {
}
