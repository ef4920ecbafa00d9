package com.sentimenttriage.feedback.dashboard;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard page; its charts load their data from {@link MetricsController}. */
@Controller
public class DashboardController {

  @GetMapping("/dashboard")
  public String dashboard(Principal principal, Model model) {
    model.addAttribute("user", principal.getName());
    return "dashboard";
  }
}
