package com.sentimenttriage.monitoring;

import com.sentimenttriage.dashboard.MetricsController;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The weekly drift checks for the dashboard, newest first, with the thresholds they were judged by. */
@RestController
public class DriftController {

  private final DriftResults results;
  private final DriftProperties properties;

  public DriftController(DriftResults results, DriftProperties properties) {
    this.results = results;
    this.properties = properties;
  }

  public record DriftResponse(double moderateShift, double largeShift, int baselineWeeks, int minimumTickets,
      List<DriftResult> weeks) {
  }

  @GetMapping("/api/metrics/drift")
  public DriftResponse drift(@RequestParam(defaultValue = "12") int weeks) {
    return new DriftResponse(properties.moderateShift(), properties.largeShift(), properties.baselineWeeks(),
        properties.minimumTickets(), results.latest(MetricsController.checked(weeks)));
  }
}
