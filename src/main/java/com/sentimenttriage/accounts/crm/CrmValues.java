package com.sentimenttriage.accounts.crm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * CRM values as text, read into the account's types. HubSpot sends every property as a string (a date as
 * "2026-11-30", a datetime as ISO 8601 or, from older properties, epoch milliseconds); Salesforce sends numbers and
 * "yyyy-MM-dd" dates. A value that cannot be read is left out (null), as if unset: one bad field must not lose the
 * account.
 */
final class CrmValues {

  private CrmValues() {
  }

  static BigDecimal money(String text) {
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text.replace(",", "").strip()).setScale(2, RoundingMode.HALF_UP);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A 0-100 score; a decimal rounds, anything out of range is left out. */
  static Integer score(String text) {
    BigDecimal value = money(text);
    if (value == null) {
      return null;
    }
    int score = value.setScale(0, RoundingMode.HALF_UP).intValue();
    return score < 0 || score > 100 ? null : score;
  }

  static LocalDate date(String text) {
    if (text == null) {
      return null;
    }
    try {
      if (text.chars().allMatch(Character::isDigit)) {
        return Instant.ofEpochMilli(Long.parseLong(text)).atOffset(ZoneOffset.UTC).toLocalDate();
      }
      if (text.contains("T")) {
        return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
      }
      return LocalDate.parse(text);
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
  }
}
