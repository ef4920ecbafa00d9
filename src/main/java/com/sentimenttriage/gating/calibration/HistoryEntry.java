package com.sentimenttriage.gating.calibration;

import java.time.Instant;

/** One scored ticket of the history: what calibration needs of it. {@code at} may be null with --days. */
record HistoryEntry(int frustration, double mrr, Instant at) {
}
