package com.sentimenttriage.dashboard;

import com.sentimenttriage.records.ScoredTicketStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Negative volume and average sentiment per campaign (issue 17), over the dashboard's window and by when the
 * customer wrote, like the other panels. Tickets without a campaign are one row of their own (campaign null), so
 * the campaigns' share of all tickets can be read off.
 */
@Service
public class CampaignMetrics {

  private final ScoredTicketStore tickets;
  private final DashboardMetrics metrics;

  CampaignMetrics(ScoredTicketStore tickets, DashboardMetrics metrics) {
    this.tickets = tickets;
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
    tickets.forEachWrittenSince(metrics.start(weeks), ticket -> {
      double[] sum = sums.computeIfAbsent(ticket.campaign(), c -> new double[3]);
      sum[0]++;
      sum[1] += TicketRow.isNegative(ticket.label()) ? 1 : 0;
      sum[2] += ticket.polarity();
    });
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
