package com.sentimenttriage.review;

import static com.sentimenttriage.triage.TicketTriageProcess.Groups.CS_MANAGERS;
import static com.sentimenttriage.triage.TicketTriageProcess.Groups.CS_OWNERS;
import static com.sentimenttriage.triage.TicketTriageProcess.Groups.SUPERVISORS;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters each group starts from, created once when the application starts (an admin may edit them
 * later; they are not overwritten). Supervisors open "Escalations by priority": their review and audit tasks, the
 * highest priority first, then the soonest due. Tasklist selects the filter with the lowest {@code priority}
 * property, so these come before the starter's "All tasks", which gets priority 0. Each is shared with its group
 * by a READ authorization on that filter alone (a group that may read every filter would see the other group's
 * too, and Tasklist would open whichever it lists first).
 */
@Component
public class TasklistFilters implements ApplicationRunner {

  public static final String SUPERVISORS_FILTER = "Escalations by priority";
  public static final String CS_MANAGERS_FILTER = "CS managers' tasks by priority";
  public static final String CS_OWNERS_FILTER = "My accounts' follow-through";
  /** Below the starter's "All tasks" (no priority, read as 0), so Tasklist opens this one. */
  static final int FIRST = -10;

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;
  private final String starterFilter;

  public TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations,
      @Value("${camunda.bpm.filter.create:}") String starterFilter) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
    this.starterFilter = starterFilter;
  }

  @Override
  public void run(ApplicationArguments args) {
    create(SUPERVISORS_FILTER, SUPERVISORS, FIRST, "Escalations to review or audit, the highest priority first",
        "#b5152b");
    create(CS_MANAGERS_FILTER, CS_MANAGERS, FIRST + 1,
        "Accounts to choose for unattached tickets and overdue reviews, the highest priority first", "#1f6feb");
    createForCandidate(CS_OWNERS_FILTER, CS_OWNERS, FIRST + 2,
        "Your accounts' alerts and advocacy opportunities to act on, the soonest due first", "#2da44e");
    placeAfterOurs(starterFilter);
  }

  /**
   * CS owners are not a candidate group of their tasks: each follow-through task names its owner as its one candidate
   * user (so no owner reads another's), hence a filter on the signed-in user rather than on the group.
   */
  private void createForCandidate(String name, String group, int priority, String description, String color) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter = filters.newTaskFilter(name)
        .setQuery(tasks.createTaskQuery().taskCandidateUserExpression("${currentUser()}").includeAssignedTasks()
            .orderByDueDate().asc().orderByTaskPriority().desc())
        .setProperties(properties(description, priority, color));
    filters.saveFilter(filter);
    shareWith(filter, group);
  }

  /**
   * The starter's filter ("All tasks") has no priority, and Tasklist, choosing the filter to open, compares
   * priorities: against a missing one no comparison is true, so whichever filter the engine lists first would win.
   * Given priority 0, it comes after the groups' filters, and stays for those who want everything.
   */
  private void placeAfterOurs(String name) {
    if (name.isBlank()) {
      return;
    }
    for (Filter filter : filters.createFilterQuery().filterName(name).list()) {
      Map<String, Object> properties = filter.getProperties() == null ? new LinkedHashMap<>()
          : new LinkedHashMap<>(filter.getProperties());
      if (!(properties.get("priority") instanceof Number)) {
        properties.put("priority", 0);
        filters.saveFilter(filter.setProperties(properties));
      }
      shareWith(filter, SUPERVISORS);
      shareWith(filter, CS_MANAGERS);
    }
  }

  private void create(String name, String group, int priority, String description, String color) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter = filters.newTaskFilter(name)
        .setQuery(tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
            .orderByTaskPriority().desc().orderByDueDate().asc())
        .setProperties(properties(description, priority, color));
    filters.saveFilter(filter);
    shareWith(filter, group);
  }

  private static Map<String, Object> properties(String description, int priority, String color) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("refresh", true);
    return properties;
  }

  /** Each group reads its own filter and the starter's; a filter Tasklist shows a group is one it may READ. */
  private void shareWith(Filter filter, String group) {
    if (authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.FILTER)
        .resourceId(filter.getId()).count() > 0) {
      return;
    }
    Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    read.setGroupId(group);
    read.setResource(Resources.FILTER);
    read.setResourceId(filter.getId());
    read.addPermission(Permissions.READ);
    authorizations.saveAuthorization(read);
  }
}
