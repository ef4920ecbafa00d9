package com.sentimenttriage.gating;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CommentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Event;

/**
 * A note on an open review task that only inserts a comment. Why not {@code TaskService.createComment}: in the
 * Camunda version here (7.24) it also updates the task ("last updated"), a versioned write to the task's row. Two tickets of an
 * account in trouble attached at the same moment then conflict on that row (one triage job fails with an
 * optimistic-locking exception and runs again, scoring and all: seen under load), and so does a supervisor who
 * completes the task just then (Tasklist shows the failure and they complete it again). The comment written here is
 * the one {@code createComment} writes, the same fields, the removal time included; the task row is left alone.
 */
final class ReviewNotes {

  private ReviewNotes() {
  }

  /** Adds {@code message} to {@code task}'s comments, in the current engine command. */
  static void add(TaskEntity task, String message) {
    CommandContext context = Context.getCommandContext();
    CommentEntity comment = new CommentEntity();
    comment.setUserId(context.getAuthenticatedUserId());
    comment.setType(CommentEntity.TYPE_COMMENT);
    comment.setTime(ClockUtil.getCurrentTime());
    comment.setTaskId(task.getId());
    comment.setProcessInstanceId(task.getProcessInstanceId());
    comment.setAction(Event.ACTION_ADD_COMMENT);
    if (task.getExecution() != null) {
      comment.setRootProcessInstanceId(task.getExecution().getRootProcessInstanceId());
    }
    if (ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_START
        .equals(Context.getProcessEngineConfiguration().getHistoryRemovalTimeStrategy())
        && comment.getRootProcessInstanceId() != null) {
      HistoricProcessInstanceEventEntity root = context.getDbEntityManager()
          .selectById(HistoricProcessInstanceEventEntity.class, comment.getRootProcessInstanceId());
      if (root != null) {
        comment.setRemovalTime(root.getRemovalTime());
      }
    }
    comment.setMessage(comment.toEventMessage(message));
    comment.setFullMessage(message);
    context.getCommentManager().insert(comment);
  }
}
