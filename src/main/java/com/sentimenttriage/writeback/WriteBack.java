package com.sentimenttriage.writeback;
/** What the helpdesk gets back for one ticket; the same value twice writes the same thing (idempotent). */
public record WriteBack(String source, String ticketId, String label, int frustration, java.util.List<String> topics,
    String action, String severity, String explanation, boolean escalated, java.util.List<HelpdeskAction> actions) {}
