package com.sentimenttriage.gating;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.records.AlertAttachments;
import com.sentimenttriage.support.MigratedDatabase;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The attached tickets as the review form lists them, from the cooldown's attachments table. */
class AttachedTicketLinesTest {

  private final JdbcTemplate jdbc = MigratedDatabase.h2("attached-tickets");
  private final AttachedTicketLines attached = new AttachedTicketLines(new AlertAttachments(jdbc));

  @Test
  void listsTheTicketsAttachedToOneAlertOldestFirstWithTheStartOfTheirMaskedMessage() {
    jdbc.update("""
        insert into scored_ticket (business_key, process_instance_id, source, ticket_id, account_id, polarity,
                                   frustration, label, escalation_action, severity, scored_at, masked_text)
        values ('zendesk:7', 'p-7', 'zendesk', '7', 1, -0.8, 81, 'Negative', 'LOG', 'High',
                timestamp '2026-11-02 09:30:00', 'Still   broken. Call me at [PHONE].')""");
    jdbc.update("""
        insert into alert_attachment (process_instance_id, business_key, cooldown_key, alert_process_instance_id,
                                      account_id, frustration, attached_at)
        values ('p-7', 'zendesk:7', 'account:1:topic:x', 'alert-1', 1, 81, timestamp '2026-11-02 09:30:00'),
               ('p-6', 'zendesk:6', 'account:1:topic:x', 'alert-1', 1, 64, timestamp '2026-11-02 09:10:00'),
               ('p-9', 'zendesk:9', 'account:2:topic:x', 'alert-2', 2, 90, timestamp '2026-11-02 09:20:00')""");

    assertThat(attached.describe("alert-1")).isEqualTo("""
        2026-11-02 09:10 UTC  zendesk:6  frustration 64
        2026-11-02 09:30 UTC  zendesk:7  frustration 81, Negative: "Still broken. Call me at [PHONE].\"""");
    assertThat(attached.describe("alert-3")).isEqualTo(AttachedTicketLines.NONE_ATTACHED);
  }

  @Test
  void aLongListKeepsTheNewestTicketsWithinAStringVariable() {
    String text = AttachedTicketLines.NONE_ATTACHED;
    for (int i = 0; i < 200; i++) {
      text = AttachedTicketLines.append(text, AttachedTicketLines.line(Instant.parse("2026-11-02T09:00:00Z"),
          "generic:T-" + i, 70, "Negative", "x".repeat(200)));
    }
    assertThat(text.length()).isLessThanOrEqualTo(AttachedTicketLines.MAX_TEXT);
    assertThat(text).endsWith("\"").contains("generic:T-199").doesNotContain("generic:T-0 ");
  }
}
