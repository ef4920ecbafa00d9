package com.sentimenttriage.review;

import static com.sentimenttriage.triage.TriageVariables.REVIEW_COMMENT;
import static com.sentimenttriage.triage.TriageVariables.REVIEW_DECISION;

import com.sentimenttriage.records.LabelledExample;
import com.sentimenttriage.records.LabelledExample.Kind;
import com.sentimenttriage.records.ScoredTicketStore;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Keeps the supervisor's verdict next to the scores and as a labelled example: it is the label precision and
 * learning are built on.
 */
@Component("recordReviewOutcomeDelegate")
public class RecordReviewOutcomeDelegate implements JavaDelegate {

  private final ScoredTicketStore store;
  private final Judgements judgements;
  private final Clock clock;

  public RecordReviewOutcomeDelegate(ScoredTicketStore store, Judgements judgements, Clock clock) {
    this.store = store;
    this.judgements = judgements;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    store.recordReview(execution.getProcessBusinessKey(), REVIEW_DECISION.get(execution),
        REVIEW_COMMENT.find(execution).filter(c -> !c.isBlank()).orElse(null), clock.instant());
    judgements.record(execution, Kind.REVIEW);
  }
}
