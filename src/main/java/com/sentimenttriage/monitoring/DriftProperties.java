package com.sentimenttriage.monitoring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the weekly drift check judges a week ({@code triage.drift.*}). The usual reading of the population stability
 * index: below 0.1 the mix is stable, from 0.1 it moved moderately, from 0.25 it moved enough that thresholds
 * calibrated on the old mix should be checked.
 *
 * @param baselineWeeks  the weeks before the checked week that make up the baseline
 * @param polarityBins   equal-width bins over polarity [-1, 1]
 * @param moderateShift  PSI from which a distribution moved moderately
 * @param largeShift     PSI from which it moved a lot: process admins get an e-mail
 * @param minimumTickets fewer tickets than this in the week or in the baseline give no verdict: PSI on a handful of
 *                       tickets is noise
 */
@ConfigurationProperties("triage.drift")
public record DriftProperties(
    @DefaultValue("4") int baselineWeeks,
    @DefaultValue("10") int polarityBins,
    @DefaultValue("0.1") double moderateShift,
    @DefaultValue("0.25") double largeShift,
    @DefaultValue("50") int minimumTickets) {
}
