package com.sentimenttriage.feedback.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard page; its charts load their data from {@link MetricsController}. */
@Controller
public class DashboardController {

  @GetMapping("/dashboard")
  public String dashboard() {
    return "dashboard";
  }
}
