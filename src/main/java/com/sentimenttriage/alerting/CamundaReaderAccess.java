package com.sentimenttriage.alerting;

import com.sentimenttriage.triage.TicketTriageProcess;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Decides by the reader's Camunda user (found by e-mail address), their groups and the authorizations: the same
 * checks Tasklist and Cockpit make when the link is opened. Someone who is no Camunda user, or several users share
 * the address, can open nothing.
 */
@Component
public class CamundaReaderAccess implements ReaderAccess {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  public CamundaReaderAccess(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  @Override
  public boolean canOpenTask(String email, String taskId) {
    return taskId != null && user(email).filter(user -> allowed(user, Permissions.ACCESS, Resources.APPLICATION,
        TASKLIST) && allowed(user, Permissions.READ, Resources.TASK, taskId)).isPresent();
  }

  @Override
  public boolean canOpenCockpit(String email) {
    return user(email).filter(user -> allowed(user, Permissions.ACCESS, Resources.APPLICATION, COCKPIT)
        && allowed(user, ProcessDefinitionPermissions.READ_HISTORY, Resources.PROCESS_DEFINITION,
            TicketTriageProcess.KEY)).isPresent();
  }

  private Optional<Reader> user(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    List<User> users = identity.createUserQuery().userEmail(email).list();
    if (users.size() != 1) {
      return Optional.empty();
    }
    String id = users.get(0).getId();
    return Optional.of(new Reader(id, identity.createGroupQuery().groupMember(id).list().stream()
        .map(Group::getId).toList()));
  }

  private boolean allowed(Reader reader, Permission permission, Resource resource, String resourceId) {
    return authorizations.isUserAuthorized(reader.id(), reader.groups(), permission, resource, resourceId);
  }

  private record Reader(String id, List<String> groups) {
  }
}
