package com.sentimenttriage.gating;

import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * A note on an open review task that only inserts a comment. Why not {@code TaskService.createComment}: in the
 * Camunda version here (7.24) it also updates the task ("last updated"), a versioned write to the task's row. Two
 * tickets of an account in trouble attached at the same moment then conflict on that row (one triage job fails with
 * an optimistic-locking exception and runs again, scoring and all: seen under load), and so does a supervisor who
 * completes the task just then (Tasklist shows the failure and they complete it again).
 *
 * <p>The comment is Camunda's own command's, every field and the removal time included; only the task it would
 * update afterwards is withheld from it.
 */
final class ReviewNotes {

  private ReviewNotes() {
  }

  /** Adds {@code message} to {@code task}'s comments, in the current engine command. */
  static void add(TaskEntity task, String message) {
    new InsertOnly(task, message).execute(Context.getCommandContext());
  }

  /** {@code createComment}'s command, told the task's execution directly and no task to update. */
  private static final class InsertOnly extends AddCommentCmd {

    private final transient TaskEntity task;

    InsertOnly(TaskEntity task, String message) {
      super(task.getId(), task.getProcessInstanceId(), message);
      this.task = task;
    }

    @Override
    protected ExecutionEntity getExecution(CommandContext context) {
      return task.getExecution();
    }

    @Override
    protected TaskEntity getTask(CommandContext context) {
      return null;
    }
  }
}
