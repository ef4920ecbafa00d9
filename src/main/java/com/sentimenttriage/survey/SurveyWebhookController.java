package com.sentimenttriage.survey;

import com.sentimenttriage.intake.HelpdeskText;
import com.sentimenttriage.intake.PersonalDataMasker;
import com.sentimenttriage.intake.WebhookJson;
import com.sentimenttriage.intake.WebhookRejection;
import com.sentimenttriage.survey.SurveyCommentTriage.SurveyStart;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Entry point for NPS and CSAT survey tools: one response with its comment per delivery, signed as the generic
 * webhook is (the webhook guard checks it before this runs). Answers 202 once the survey comment triage instance is
 * committed, 200 with the existing instance when the same response comes again; bad input is an RFC 7807 problem
 * detail and starts nothing.
 */
@RestController
@RequestMapping("/api/webhooks")
public class SurveyWebhookController {

  private final SurveyCommentTriage triage;
  private final PersonalDataMasker masker;
  private final Validator validator;

  public SurveyWebhookController(SurveyCommentTriage triage, PersonalDataMasker masker, Validator validator) {
    this.triage = triage;
    this.masker = masker;
    this.validator = validator;
  }

  /** Read through {@link WebhookJson}, the strict reader every webhook uses, then validated. */
  @PostMapping(path = "/survey", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<SurveyStart> receive(@RequestBody byte[] raw) {
    SurveyResponsePayload payload = readPayload(raw);
    String violations = validator.validate(payload).stream().map(ConstraintViolation::getMessage).sorted()
        .collect(Collectors.joining("; "));
    if (!violations.isEmpty()) {
      throw invalid(violations);
    }
    // @NotBlank trims ASCII only: an id of em or ideographic spaces passes it.
    if (HelpdeskText.isBlank(payload.responseId())) {
      throw invalid("responseId is required");
    }
    SurveyScale scale = payload.scale() == null ? SurveyScale.NPS
        : SurveyScale.valueOf(payload.scale().toUpperCase(Locale.ROOT));
    int score = wholeScoreOn(scale, payload);
    String comment = HelpdeskText.plain(payload.comment());
    if (HelpdeskText.isBlank(comment)) {
      throw invalid("comment (the respondent's free text) is empty once its HTML is removed");
    }
    SurveyResponse response = new SurveyResponse(
        HelpdeskText.strip(payload.responseId()),
        HelpdeskText.strip(payload.surveyId()),
        scale,
        score,
        masker.mask(comment),
        HelpdeskText.strip(payload.respondentEmail()),
        payload.submittedAt() == null ? null : payload.submittedAt().toInstant());
    SurveyStart started = triage.receive(response);
    return ResponseEntity.status(started.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(started);
  }

  /** The shared reader names a ticket in its refusals; a survey tool's admin is told it is the survey response. */
  private static SurveyResponsePayload readPayload(byte[] raw) {
    try {
      return WebhookJson.read(raw, SurveyResponsePayload.class);
    } catch (WebhookRejection unreadable) {
      throw new WebhookRejection(unreadable.status(), "Unreadable survey response", unreadable.getMessage());
    }
  }

  private static int wholeScoreOn(SurveyScale scale, SurveyResponsePayload payload) {
    String expected = "score is a whole number " + scale.range() + " on the " + scale + " scale";
    int score;
    try {
      score = payload.score().intValueExact();
    } catch (ArithmeticException notWholeOrTooLarge) {
      throw invalid(expected);
    }
    if (!scale.allows(score)) {
      throw invalid(expected);
    }
    return score;
  }

  private static WebhookRejection invalid(String detail) {
    return new WebhookRejection(HttpStatus.BAD_REQUEST, "Invalid survey response", detail);
  }
}
