package com.sentimenttriage.gating.calibration;

import java.time.Instant;

/**
 * One scored ticket of the history: what calibration needs of it. {@code mrr} is null where the line has none (the
 * score command writes none); {@code at} may be null with --days.
 */
record HistoryEntry(int frustration, Double mrr, Instant at) {
}
