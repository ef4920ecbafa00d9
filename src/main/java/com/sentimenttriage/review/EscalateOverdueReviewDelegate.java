package com.sentimenttriage.review;

import com.sentimenttriage.review.OverdueReviews.Overdue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The review's SLA ran out: CS managers become candidates and the manager is told. */
@Component("escalateOverdueReviewDelegate")
public class EscalateOverdueReviewDelegate implements JavaDelegate {

  private final OverdueReviews overdueReviews;

  public EscalateOverdueReviewDelegate(OverdueReviews overdueReviews) {
    this.overdueReviews = overdueReviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    overdueReviews.escalate(execution, Overdue.FIRST_NOTICE);
  }
}
