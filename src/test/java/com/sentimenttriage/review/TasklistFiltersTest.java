package com.sentimenttriage.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.triage.TicketTriageProcess;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a supervisor's Tasklist opens with, through the engine REST API Tasklist itself calls: the filter Tasklist
 * selects first (the lowest {@code priority} property among those they may read) lists their tasks by priority,
 * highest first.
 */
class TasklistFiltersTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TaskService taskService;

  private final List<String> created = new ArrayList<>();

  @AfterEach
  void deleteTasks() {
    created.forEach(id -> taskService.deleteTask(id, true));
  }

  private void supervisorsTask(String name, int priority) {
    Task task = taskService.newTask();
    task.setName(name);
    task.setPriority(priority);
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), TicketTriageProcess.Groups.SUPERVISORS);
    created.add(task.getId());
  }

  @Test
  void aSupervisorsTasklistOpensWithTheirTasksByPriorityHighestFirst() throws Exception {
    supervisorsTask("Filter test: low", 20);
    supervisorsTask("Filter test: high", 95);
    supervisorsTask("Filter test: middle", 60);

    JsonNode filters = JSON.readTree(getAs("supervisor", "supervisor",
        "/engine-rest/filter?resourceType=Task").body());
    JsonNode first = StreamSupport.stream(filters.spliterator(), false)
        .min(Comparator.comparingInt(f -> f.path("properties").path("priority").asInt(0))).orElseThrow();
    assertThat(first.get("name").asText()).isEqualTo(TasklistFilters.SUPERVISORS_FILTER);

    JsonNode tasks = JSON.readTree(postJsonAs("supervisor", "supervisor",
        "/engine-rest/filter/" + first.get("id").asText() + "/list?maxResults=200", "{}").body());
    List<Integer> priorities = new ArrayList<>();
    List<String> mine = new ArrayList<>();
    tasks.forEach(task -> {
      priorities.add(task.get("priority").asInt());
      if (task.path("name").asText().startsWith("Filter test")) {
        mine.add(task.get("name").asText());
      }
    });
    assertThat(priorities).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(mine).containsExactly("Filter test: high", "Filter test: middle", "Filter test: low");
  }
}
