package com.sentimenttriage.followthrough;

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

  /** A path on this server, whatever name it was reached under (the alert's base URL, a node, a proxy). */
  private static final String TASKLIST = "/camunda/app/tasklist/default/";

  private final FollowThroughs followThroughs;

  FollowThroughLinkController(FollowThroughs followThroughs) {
    this.followThroughs = followThroughs;
  }

  @GetMapping("/follow-through/{alertProcessInstanceId:[A-Za-z0-9-]{1,64}}")
  ResponseEntity<Void> openTask(@PathVariable String alertProcessInstanceId) {
    String target = followThroughs.openTaskFor(alertProcessInstanceId).map(Task::getId)
        .map(taskId -> TASKLIST + "#/?task=" + taskId).orElse(TASKLIST);
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(target)).build();
  }
}
