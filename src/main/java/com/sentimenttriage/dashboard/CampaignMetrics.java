package com.sentimenttriage.dashboard;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Negative volume and average sentiment per campaign (issue 17), over the dashboard's window and by when the
 * customer wrote, like the other panels. Tickets without a campaign are one row of their own (campaign null), so
 * the campaigns' share of all tickets can be read off.
 */
@Service
public class CampaignMetrics {

  private final JdbcTemplate jdbc;
  private final DashboardMetrics metrics;

  CampaignMetrics(JdbcTemplate jdbc, DashboardMetrics metrics) {
    this.jdbc = jdbc;
    this.metrics = metrics;
  }

  /**
   * @param negative tickets labelled Negative or Urgent
   * @param averagePolarity the mean polarity of all its tickets, −1 to +1
   */
  public record CampaignRow(String campaign, int tickets, int negative, double averagePolarity) {
  }

  /** The campaigns, most negative tickets first; the row without a campaign last. */
  public List<CampaignRow> campaigns(int weeks) {
    Map<String, double[]> sums = new HashMap<>();
    jdbc.query("""
        select campaign, label, polarity from scored_ticket
         where coalesce(ticket_created_at, scored_at) >= ?""", row -> {
      double[] sum = sums.computeIfAbsent(row.getString("campaign"), c -> new double[3]);
      sum[0]++;
      sum[1] += TicketRow.isNegative(row.getString("label")) ? 1 : 0;
      sum[2] += row.getDouble("polarity");
    }, Timestamp.from(metrics.start(weeks)));
    List<CampaignRow> rows = new ArrayList<>();
    sums.forEach((campaign, s) -> rows.add(new CampaignRow(campaign, (int) s[0], (int) s[1],
        Math.round(s[2] / s[0] * 1000) / 1000.0)));
    rows.sort(Comparator.comparing((CampaignRow r) -> r.campaign() == null)
        .thenComparing(CampaignRow::negative, Comparator.reverseOrder())
        .thenComparing(CampaignRow::tickets, Comparator.reverseOrder())
        .thenComparing(r -> r.campaign() == null ? "" : r.campaign()));
    return rows;
  }
}
