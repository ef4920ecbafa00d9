package com.sentimenttriage.alerting;

import com.sentimenttriage.records.AlertAttachments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;

/**
 * The tickets the cooldown attached to an alert (table {@code alert_attachment}, written by the escalation gate):
 * they arrived while it was open and raised no alert of their own, so the alert lists them, each with its subject
 * and helpdesk link.
 */
@Repository
public class AttachedTickets {

  private final AlertAttachments attachments;
  private final TicketReferences references;
  private final AlertLinks links;

  public AttachedTickets(AlertAttachments attachments, TicketReferences references, AlertProperties properties) {
    this.attachments = attachments;
    this.references = references;
    this.links = new AlertLinks(properties);
  }

  /** Oldest first. */
  public List<CsAlert.AttachedTicket> attachedTo(String alertProcessInstanceId) {
    List<Row> rows = new ArrayList<>();
    attachments.forEachAttachedTo(alertProcessInstanceId, rs -> {
      // The business key is "source:ticketId" (TicketTriageProcess.businessKey), should the score row be missing.
      String businessKey = rs.getString("business_key");
      int colon = businessKey.indexOf(':');
      rows.add(new Row(rs.getString("process_instance_id"),
          rs.getString("source") != null ? rs.getString("source") : colon < 0 ? null : businessKey.substring(0, colon),
          rs.getString("ticket_id") != null ? rs.getString("ticket_id") : businessKey.substring(colon + 1),
          rs.getInt("frustration"), rs.getTimestamp("attached_at").toInstant()));
    });
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, TicketReferences.Reference> known = references.of(rows.stream().map(Row::instance).toList());
    return rows.stream().map(row -> {
      TicketReferences.Reference reference = known.get(row.instance());
      return new CsAlert.AttachedTicket(row.ticketId(), reference == null ? null : reference.subject(),
          row.frustration(), row.attachedAt(),
          links.ticket(row.source(), row.ticketId(), reference == null ? null : reference.helpdeskUrl()));
    }).toList();
  }

  private record Row(String instance, String source, String ticketId, int frustration, java.time.Instant attachedAt) {
  }
}
