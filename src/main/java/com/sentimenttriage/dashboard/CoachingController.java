package com.sentimenttriage.dashboard;

import com.sentimenttriage.coaching.CoachingReport;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The coaching view (issue 17): for supervisors and process admins only (security/ApiSecurity), a coaching aid
 * rendered on the server so the figures need no script. Its JSON at {@code /api/coaching} is for the same people.
 */
@Controller
public class CoachingController {

  private final CoachingReport report;

  CoachingController(CoachingReport report) {
    this.report = report;
  }

  @GetMapping("/coaching")
  public String page(Authentication authentication, Model model) {
    model.addAttribute("user", authentication.getName());
    model.addAttribute("report", report.report());
    return "coaching";
  }

  @GetMapping("/api/coaching")
  @ResponseBody
  public CoachingReport.Report figures() {
    return report.report();
  }
}
