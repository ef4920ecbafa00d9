package com.sentimenttriage.followthrough;

import com.sentimenttriage.alerting.AlertLinks;
import com.sentimenttriage.alerting.AlertProperties;
import java.net.URI;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The alert's "your task" link: the alert goes out before its follow-through's task exists, so the link names the
 * alert and this answers with a redirect to the task in Tasklist. The task is looked up with the signed-in user's
 * authorizations: an owner is sent to their own task; someone who may not see it lands on their Tasklist.
 */
@RestController
class FollowThroughLinkController {

  private final FollowThroughs followThroughs;
  private final AlertLinks links;
  private final AlertProperties alertProperties;

  FollowThroughLinkController(FollowThroughs followThroughs, AlertProperties alertProperties) {
    this.followThroughs = followThroughs;
    this.links = new AlertLinks(alertProperties);
    this.alertProperties = alertProperties;
  }

  @GetMapping("/follow-through/{alertProcessInstanceId:[A-Za-z0-9-]{1,64}}")
  ResponseEntity<Void> openTask(@PathVariable String alertProcessInstanceId) {
    String target = followThroughs.openTaskFor(alertProcessInstanceId).map(Task::getId).map(links::tasklist)
        .orElse(tasklistHome());
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(target)).build();
  }

  private String tasklistHome() {
    String base = alertProperties.baseUrl() == null ? "" : alertProperties.baseUrl().replaceAll("/$", "");
    return base + "/camunda/app/tasklist/default/";
  }
}
