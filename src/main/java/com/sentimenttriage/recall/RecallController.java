package com.sentimenttriage.recall;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The recall estimates of the latest audits for the dashboard, newest first (empty before the first audit). */
@RestController
public class RecallController {

  static final int AUDITS_SHOWN = 12;

  private final RecallMetrics metrics;

  public RecallController(RecallMetrics metrics) {
    this.metrics = metrics;
  }

  @GetMapping("/api/metrics/recall")
  public List<RecallMetrics.AuditEstimate> recall() {
    return metrics.latest(AUDITS_SHOWN);
  }
}
