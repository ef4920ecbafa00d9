/**
 * The one command-line parser the jar's sub-commands ({@code score}, {@code backfill}, {@code calibrate}) share.
 * Plain JDK only, on purpose: {@code score} loads it before anything else and must start without Spring, the
 * process engine or any library but jackson-core (docs/performance.md measures that start-up).
 */
package com.sentimenttriage.cli;
