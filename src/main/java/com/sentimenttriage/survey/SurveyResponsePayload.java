package com.sentimenttriage.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The survey webhook's JSON body: one NPS or CSAT response with its free-text comment. {@code responseId},
 * {@code score} and {@code comment} are required; {@code scale} (NPS or CSAT, NPS when absent) says which range
 * {@code score} is on. The score is read as a decimal so that 7.5 is refused rather than cut to 7.
 */
public record SurveyResponsePayload(
    @NotBlank(message = "responseId is required")
    @Size(max = 200, message = "responseId is longer than 200 characters")
    String responseId,
    @Size(max = 200, message = "surveyId is longer than 200 characters")
    String surveyId,
    @Pattern(regexp = "(?i)nps|csat", message = "scale is NPS or CSAT")
    String scale,
    @NotNull(message = "score is required (0-10 for NPS, 1-5 for CSAT)")
    BigDecimal score,
    @NotBlank(message = "comment (the respondent's free text) is required")
    String comment,
    @Size(max = 320, message = "respondentEmail is longer than 320 characters")
    String respondentEmail,
    OffsetDateTime submittedAt) {
}
