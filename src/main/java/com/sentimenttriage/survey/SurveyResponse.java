package com.sentimenttriage.survey;

import java.time.Instant;

/**
 * A validated survey response as the process receives it: the comment is plain text and masked.
 *
 * @param respondentEmail kept unmasked only as the key of the account lookup; null when the tool sends none
 * @param submittedAt null when the tool sends none
 */
public record SurveyResponse(String responseId, String surveyId, SurveyScale scale, int score, String comment,
    String respondentEmail, Instant submittedAt) {
}
