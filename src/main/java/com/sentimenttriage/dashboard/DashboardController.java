package com.sentimenttriage.dashboard;

import com.sentimenttriage.security.ApiSecurity;
import com.sentimenttriage.security.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard page; its charts load their data from {@link MetricsController}. Hints that name what only process
 * admins may do (start the drift check or the recall audit by hand) are shown to them only.
 */
@Controller
public class DashboardController {

  @GetMapping("/dashboard")
  public String dashboard(Authentication authentication, Model model) {
    model.addAttribute("user", authentication.getName());
    model.addAttribute("processAdmin", SignedInUser.isProcessAdmin(authentication));
    // The coaching view is for supervisors and process admins; Camunda admins see the dashboard without the link.
    model.addAttribute("coaching", authentication.getAuthorities().stream().anyMatch(a ->
        ApiSecurity.SUPERVISORS.equals(a.getAuthority()) || ApiSecurity.PROCESS_ADMINS.equals(a.getAuthority())));
    return "dashboard";
  }
}
