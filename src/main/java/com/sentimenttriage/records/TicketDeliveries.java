package com.sentimenttriage.records;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The ticket_delivery table: one row per webhook delivery the intake accepted, with the instance it went to. Its
 * primary key makes a helpdesk's retry start no second instance, also when two copies arrive at once on two threads
 * or two nodes; the meters count its rows as the tickets received.
 */
@Repository
public class TicketDeliveries {

  private final JdbcTemplate jdbc;

  public TicketDeliveries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The deliveries of this ticket accepted before, by delivery key, with the instance each went to. */
  public Map<String, String> ofTicket(String businessKey) {
    Map<String, String> deliveries = new HashMap<>();
    jdbc.query("select delivery_key, process_instance_id from ticket_delivery where business_key = ?",
        (RowCallbackHandler) row -> {
          deliveries.put(row.getString(1), row.getString(2));
        }, businessKey);
    return deliveries;
  }

  /** Fails with a DuplicateKeyException when the delivery was recorded before (by this node or another). */
  public void record(String deliveryKey, String businessKey, String processInstanceId, Instant receivedAt) {
    jdbc.update("insert into ticket_delivery (delivery_key, business_key, process_instance_id, received_at) "
        + "values (?, ?, ?, ?)", deliveryKey, businessKey, processInstanceId, Timestamp.from(receivedAt));
  }

  /** The instance a delivery went to. */
  public Optional<String> instanceFor(String deliveryKey) {
    return jdbc.queryForList("select process_instance_id from ticket_delivery where delivery_key = ?",
        String.class, deliveryKey).stream().findFirst();
  }

  /** Every delivery accepted, for the meters. */
  public long count() {
    Long count = jdbc.queryForObject("select count(*) from ticket_delivery", Long.class);
    return count == null ? 0 : count;
  }
}
