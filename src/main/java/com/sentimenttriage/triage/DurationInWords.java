package com.sentimenttriage.triage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * "4 hours", "1 day 2 hours", "30 minutes": a duration as people say it, for mails and forms that would otherwise
 * show ISO 8601 ({@code PT4H}). Whole minutes; seconds only for a duration shorter than a minute.
 */
public final class DurationInWords {

  private DurationInWords() {
  }

  public static String of(Duration duration) {
    if (duration == null) {
      return null;
    }
    Duration d = duration.abs();
    if (d.toMinutes() == 0) {
      return plural(d.toSeconds(), "second");
    }
    List<String> parts = new ArrayList<>();
    if (d.toDaysPart() > 0) {
      parts.add(plural(d.toDaysPart(), "day"));
    }
    if (d.toHoursPart() > 0) {
      parts.add(plural(d.toHoursPart(), "hour"));
    }
    if (d.toMinutesPart() > 0) {
      parts.add(plural(d.toMinutesPart(), "minute"));
    }
    return String.join(" ", parts);
  }

  /** An ISO 8601 duration ({@code PT4H}) in words; the text itself when it is not one, null for null. */
  public static String ofIso(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    try {
      return of(Duration.parse(iso.strip()));
    } catch (java.time.format.DateTimeParseException notADuration) {
      return iso;
    }
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }
}
