package com.sentimenttriage.recall;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The monthly recall audit ({@code triage.recall-audit.*}).
 *
 * @param sampleSize tickets that were not escalated, sampled at random from the month, one audit task each. 200
 *                   keeps the estimate's margin near ±3 points when few tickets are missed, at a few minutes per task
 */
@ConfigurationProperties("triage.recall-audit")
public record RecallAuditProperties(@DefaultValue("200") int sampleSize) {
}
