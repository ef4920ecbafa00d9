package com.sentimenttriage.survey;

import static com.sentimenttriage.survey.SurveyCommentTriageProcess.Variables.COMMENT;
import static com.sentimenttriage.survey.SurveyCommentTriageProcess.Variables.RESPONDENT_EMAIL;
import static com.sentimenttriage.survey.SurveyCommentTriageProcess.Variables.RESPONSE_ID;
import static com.sentimenttriage.survey.SurveyCommentTriageProcess.Variables.SCALE;
import static com.sentimenttriage.survey.SurveyCommentTriageProcess.Variables.SCORE;
import static com.sentimenttriage.survey.SurveyCommentTriageProcess.Variables.SUBMITTED_AT;
import static com.sentimenttriage.survey.SurveyCommentTriageProcess.Variables.SURVEY_ID;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place that starts survey comment triage instances. Each response is recorded under its
 * {@code responseId} in the transaction that starts its instance, so a survey tool's retry, even one racing the
 * original on another node, gets the existing instance back instead of a second one: the database's primary key
 * decides.
 */
@Service
public class SurveyCommentTriage {

  private static final Logger log = LoggerFactory.getLogger(SurveyCommentTriage.class);

  /** What the webhook answers: the instance that triages the response, and whether the response came before. */
  public record SurveyStart(String processInstanceId, String businessKey, boolean duplicate) {
  }

  private final RuntimeService runtimeService;
  private final SurveyResponses responses;
  private final TransactionTemplate transaction;

  public SurveyCommentTriage(RuntimeService runtimeService, SurveyResponses responses,
      TransactionTemplate transaction) {
    this.runtimeService = runtimeService;
    this.responses = responses;
    this.transaction = transaction;
  }

  public SurveyStart receive(SurveyResponse response) {
    String businessKey = SurveyCommentTriageProcess.businessKey(response.responseId());
    try {
      return transaction.execute(status -> responses.instanceOf(response.responseId())
          .map(existing -> new SurveyStart(existing, businessKey, true))
          .orElseGet(() -> start(response, businessKey)));
    } catch (DuplicateKeyException raceLost) {
      // Another thread or node committed the same response first; our instance was rolled back with the insert.
      return new SurveyStart(responses.instanceOf(response.responseId()).orElseThrow(), businessKey, true);
    }
  }

  private SurveyStart start(SurveyResponse response, String businessKey) {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(SurveyCommentTriageProcess.KEY, businessKey,
        variables(response));
    responses.record(response.responseId(), instance.getId());
    log.info("Survey response {} started instance {}", businessKey, instance.getId());
    return new SurveyStart(instance.getId(), businessKey, false);
  }

  static Map<String, Object> variables(SurveyResponse response) {
    Map<String, Object> variables = new HashMap<>();
    RESPONSE_ID.putInto(variables, response.responseId());
    SURVEY_ID.putInto(variables, response.surveyId());
    SCALE.putInto(variables, response.scale().name());
    SCORE.putInto(variables, response.score());
    COMMENT.putInto(variables, response.comment());
    RESPONDENT_EMAIL.putInto(variables, response.respondentEmail());
    SUBMITTED_AT.putInto(variables, response.submittedAt() == null ? null : Date.from(response.submittedAt()));
    return variables;
  }
}
