package com.sentimenttriage.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.triage.CachedBodyRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A task completion writes only what the task's form lets a person enter. Every route that completes a task with
 * variables, in the engine's REST API ({@code /engine-rest[/engine/{name}]/task/{id}/complete}, {@code /submit-form},
 * {@code /resolve}) and in the webapps' copy of it ({@code /camunda/api/engine/engine/{name}/task/{id}/...}), is
 * checked against the task's deployed Camunda Form ({@link TaskFormContract}): a variable the form does not offer,
 * a value outside a field's options, a value of the wrong kind, a required field left out, all get a 400 problem
 * detail, and the engine never sees the request. Admins included: nobody completes a review with a recipient of
 * their own. A BPMN error or escalation thrown on a task ({@code /bpmnError}, {@code /bpmnEscalation}) may carry no
 * variables.
 *
 * <p>Writing variables on their own (the {@code /variables} and {@code /localVariables} routes) is the engine's
 * authorizations' business: candidates get TASK_WORK on their tasks, not UPDATE
 * ({@code default-user-permission-name-for-task} in application.yaml), so the engine refuses them.
 *
 * <p>It runs after the callers are authenticated (engine REST's Basic filter, Spring Security for the webapps).
 * The task and its form are looked up without the caller's authorizations, so a completion never slips past the
 * contract because the caller may complete a task but not read it; the engine still decides whether the caller may
 * complete it at all.
 */
class TaskCompletionGuard extends OncePerRequestFilter {

  static final Pattern COMPLETION = Pattern.compile(
      "(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/"
          + "(complete|submit-form|resolve|bpmnError|bpmnEscalation)/?",
      Pattern.CASE_INSENSITIVE);
  /** A completion is a handful of form fields; anything near this size is not one. */
  private static final int MAX_BODY_BYTES = 256 * 1024;
  /** What the engine's CompleteTaskDto holds; anything else is refused rather than left to its parser's leniency. */
  private static final Set<String> COMPLETION_FIELDS = Set.of("variables", "withVariablesInReturn");
  /** What its TaskBpmnErrorDto and TaskEscalationDto hold. */
  private static final Set<String> THROW_FIELDS = Set.of("variables", "errorCode", "errorMessage", "escalationCode");
  private static final Logger log = LoggerFactory.getLogger(TaskCompletionGuard.class);

  /** Asked for at the first completion: filters are set up before the engine, which must not start before Flyway. */
  private final ObjectProvider<ProcessEngine> engine;
  private final ObjectMapper json;

  TaskCompletionGuard(ObjectProvider<ProcessEngine> engine, ObjectMapper json) {
    this.engine = engine;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equalsIgnoreCase(request.getMethod()) || !COMPLETION.matcher(path(request)).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher completion = COMPLETION.matcher(path(request));
    if (!completion.matches()) {
      chain.doFilter(request, response);
      return;
    }
    String taskId = completion.group(1);
    boolean throwsEvent = completion.group(2).toLowerCase(Locale.ROOT).startsWith("bpmn");
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "Completion too large",
          List.of("a task completion carries at most " + MAX_BODY_BYTES + " bytes"));
      return;
    }
    Optional<TaskFormContract> contract = contractOf(taskId);
    if (contract.isEmpty()) {
      // No such task: the engine answers that, as it would without this filter.
      chain.doFilter(new CachedBodyRequest(request, body), response);
      return;
    }
    List<String> violations;
    try {
      Map<String, JsonNode> variables = variables(body, throwsEvent ? THROW_FIELDS : COMPLETION_FIELDS);
      // A BPMN error or escalation thrown on a task leaves it without its form: it writes no variables at all.
      violations = !throwsEvent ? contract.get().violations(variables) : variables.isEmpty() ? List.of()
          : List.of("a BPMN error or escalation on a task carries no variables; complete the task's form instead");
    } catch (IOException | IllegalArgumentException e) {
      violations = List.of("the body must be a JSON object such as {\"variables\": {\"name\": {\"value\": ...}}}");
    }
    if (!violations.isEmpty()) {
      log.info("Refused a completion of task {} that its form {} does not allow ({} problems)", taskId,
          contract.get().formId(), violations.size());
      refuse(request, response, HttpStatus.BAD_REQUEST, "Not what the task's form allows", violations);
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private Optional<TaskFormContract> contractOf(String taskId) throws IOException {
    IdentityService identityService = engine.getObject().getIdentityService();
    TaskService taskService = engine.getObject().getTaskService();
    // The engine's public IdentityService hands the caller out as this type; it is put back unchanged.
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
      if (task == null) {
        return Optional.empty();
      }
      if (task.getCamundaFormRef() == null && !isCamundaFormKey(task.getFormKey())) {
        return Optional.of(TaskFormContract.NONE);
      }
      try (InputStream form = engine.getObject().getFormService().getDeployedTaskForm(taskId)) {
        return Optional.of(TaskFormContract.parse(form));
      }
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  private static boolean isCamundaFormKey(String formKey) {
    return formKey != null && formKey.startsWith("camunda-forms:");
  }

  private Map<String, JsonNode> variables(byte[] body, Set<String> fields) throws IOException {
    JsonNode root = body.length == 0 ? json.createObjectNode() : json.readTree(body);
    if (root == null || root.isMissingNode()) {
      root = json.createObjectNode();
    }
    if (!root.isObject()) {
      throw new IllegalArgumentException("not an object");
    }
    root.fieldNames().forEachRemaining(field -> {
      if (!fields.contains(field)) {
        throw new IllegalArgumentException("unknown field");
      }
    });
    JsonNode variables = root.path("variables");
    if (variables.isMissingNode() || variables.isNull()) {
      return Map.of();
    }
    if (!variables.isObject()) {
      throw new IllegalArgumentException("variables is not an object");
    }
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    variables.fields().forEachRemaining(variable -> byName.put(variable.getKey(), variable.getValue()));
    return byName;
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
      List<String> violations) throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, String.join("; ", violations) + ".");
    problem.setTitle(title);
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty("violations", violations);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), problem);
  }

  /** The decoded path without the context path, as the servlets behind it match it. */
  private static String path(HttpServletRequest request) {
    return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
  }
}
