package com.sentimenttriage.rollout;

import com.sentimenttriage.security.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The rollout page: every queue's stage with the precision the policy measures for it, and the stage history. Its
 * script reads {@link RolloutApiController}; process admins change a stage from the page through the same API call
 * (so the same rules apply), with the session's CSRF token, which the page carries.
 */
@Controller
class RolloutPageController {

  private final RolloutProperties properties;

  RolloutPageController(RolloutProperties properties) {
    this.properties = properties;
  }

  @GetMapping("/rollout")
  String rollout(Authentication authentication, Model model) {
    model.addAttribute("user", authentication.getName());
    model.addAttribute("processAdmin", SignedInUser.isProcessAdmin(authentication));
    model.addAttribute("policy", properties);
    return "rollout";
  }

  /** The page's address before it had a header and stage changes: old bookmarks still arrive. */
  @GetMapping({"/rollout/", "/rollout/index.html"})
  String moved() {
    return "redirect:/rollout";
  }
}
