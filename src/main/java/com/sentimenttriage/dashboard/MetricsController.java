package com.sentimenttriage.dashboard;

import com.sentimenttriage.alerting.AlertLinks;
import com.sentimenttriage.alerting.AlertProperties;
import com.sentimenttriage.rollout.Rollout;
import com.sentimenttriage.rollout.StageChange;
import com.sentimenttriage.triage.Problems;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's data as JSON, one endpoint per panel. {@code weeks} is the window, 1 to 104 (default 12). */
@RestController
@RequestMapping("/api/metrics")
public class MetricsController {

  static final int MAX_WEEKS = 104;

  private final DashboardMetrics metrics;
  private final AccountTable accounts;
  private final Rollout rollout;
  private final ScoredTickets tickets;
  private final AlertProperties alerts;
  private final CampaignMetrics campaigns;

  MetricsController(DashboardMetrics metrics, AccountTable accounts, Rollout rollout, ScoredTickets tickets,
      AlertProperties alerts, CampaignMetrics campaigns) {
    this.metrics = metrics;
    this.accounts = accounts;
    this.rollout = rollout;
    this.tickets = tickets;
    this.alerts = alerts;
    this.campaigns = campaigns;
  }

  /** Totals, and the webhook to point a helpdesk at while there is nothing to show. */
  public record SummaryResponse(DashboardMetrics.Summary summary, String webhookUrl) {
  }

  @GetMapping("/summary")
  public SummaryResponse summary(@RequestParam(defaultValue = "12") int weeks) {
    return new SummaryResponse(metrics.summary(checked(weeks)),
        stripSlash(alerts.baseUrl()) + "/api/webhooks/generic");
  }

  @GetMapping("/sentiment-by-week")
  public List<DashboardMetrics.WeeklySentiment> sentimentByWeek(@RequestParam(defaultValue = "12") int weeks) {
    return metrics.sentimentByWeek(checked(weeks));
  }

  @GetMapping("/negative-by-topic")
  public DashboardMetrics.NegativeByTopic negativeByTopic(@RequestParam(defaultValue = "12") int weeks) {
    return metrics.negativeByTopic(checked(weeks));
  }

  @GetMapping("/response-times")
  public List<DashboardMetrics.WeeklyResponseTime> responseTimes(@RequestParam(defaultValue = "12") int weeks) {
    return metrics.responseTimes(checked(weeks));
  }

  @GetMapping("/precision")
  public DashboardMetrics.PrecisionPanel precision(@RequestParam(defaultValue = "12") int weeks) {
    return metrics.precision(checked(weeks));
  }

  /** Negative volume and average sentiment per campaign the helpdesk holds (issue 17). */
  @GetMapping("/campaigns")
  public List<CampaignMetrics.CampaignRow> campaigns(@RequestParam(defaultValue = "12") int weeks) {
    return campaigns.campaigns(checked(weeks));
  }

  /** Rollout's audit trail of stage changes, all queues, newest first. */
  @GetMapping("/rollout-history")
  public List<StageChange> rolloutHistory() {
    return rollout.history(null);
  }

  @GetMapping("/accounts")
  public List<AccountTable.AccountRow> accounts() {
    return accounts.last30Days();
  }

  /** An account's latest tickets (masked subjects, scores, decisions and links), newest first. */
  @GetMapping("/accounts/{accountId}/tickets")
  public List<AccountTicket> accountTickets(@PathVariable long accountId) {
    return tickets.recentOfAccount(accountId, 20, new AlertLinks(alerts));
  }

  /** The window asked for, or a 400 problem that says what is allowed. */
  public static int checked(int weeks) {
    if (weeks < 1 || weeks > MAX_WEEKS) {
      throw Problems.of(HttpStatus.BAD_REQUEST, "Invalid window",
          "weeks must be between 1 and " + MAX_WEEKS + ", was " + weeks + ".");
    }
    return weeks;
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
