package com.sentimenttriage.review;

import com.sentimenttriage.review.OverdueReviews.Overdue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Twice the SLA and still no review, in a queue that sends nothing unreviewed: the manager is reminded again. */
@Component("remindManagerDelegate")
public class RemindManagerDelegate implements JavaDelegate {

  private final OverdueReviews overdueReviews;

  public RemindManagerDelegate(OverdueReviews overdueReviews) {
    this.overdueReviews = overdueReviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    overdueReviews.escalate(execution, Overdue.REMINDER);
  }
}
