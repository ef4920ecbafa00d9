package com.sentimenttriage.review;

import static com.sentimenttriage.triage.TriageVariables.REVIEW_COMMENT;
import static com.sentimenttriage.triage.TriageVariables.REVIEW_DECISION;

import com.sentimenttriage.feedback.ScoredTicketStore;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Keeps the supervisor's verdict next to the scores: it is the label precision and learning are built on. */
@Component("recordReviewOutcomeDelegate")
public class RecordReviewOutcomeDelegate implements JavaDelegate {

  private final ScoredTicketStore store;
  private final Clock clock;

  public RecordReviewOutcomeDelegate(ScoredTicketStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    store.recordReview(execution.getProcessBusinessKey(), REVIEW_DECISION.get(execution),
        REVIEW_COMMENT.find(execution).filter(c -> !c.isBlank()).orElse(null), clock.instant());
  }
}
