package com.sentimenttriage.followthrough;

import com.sentimenttriage.dashboard.MetricsController;
import java.time.Clock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The follow-through's measures as JSON, beside the dashboard's other panels under /api/metrics (supervisors and
 * admins). {@code weeks} is the window, 1 to 104 (default 12).
 */
@RestController
class FollowThroughMeasuresController {

  private final FollowThroughMeasures measures;
  private final Clock clock;

  FollowThroughMeasuresController(FollowThroughMeasures measures, Clock clock) {
    this.measures = measures;
    this.clock = clock;
  }

  @GetMapping("/api/metrics/follow-through")
  FollowThroughMeasures.Measures followThrough(@RequestParam(defaultValue = "12") int weeks) {
    return measures.measure(clock.instant(), MetricsController.checked(weeks));
  }
}
