package com.sentimenttriage.accounts;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports accounts, their domains and contacts from CSV (header:
 * id,name,plan,mrr,clv,renewal_date,health_score,cs_owner_name,cs_owner_email,cs_manager_email,domains,contacts;
 * domains and contacts separated by ';'; an optional cs_manager_name column). A renewal date of the form
 * {@code +28d} is relative to today, so the demo data never goes stale. Each imported health score starts the
 * account's health history.
 */
@Component
public class AccountCsvImporter {

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).build();

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public AccountCsvImporter(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Imports every row in one transaction: a bad row leaves the tables as they were. Returns the row count. */
  @Transactional
  public int importCsv(Reader csv) throws IOException {
    int count = 0;
    for (CSVRecord row : FORMAT.parse(csv)) {
      long id = Long.parseLong(row.get("id"));
      jdbc.update("""
          insert into account (id, name, plan, mrr, clv, renewal_date, health_score,
                               cs_owner_name, cs_owner_email, cs_manager_name, cs_manager_email)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
          id, row.get("name"), row.get("plan"), new BigDecimal(row.get("mrr")), decimalOrNull(row.get("clv")),
          renewalDate(row.get("renewal_date")), integerOrNull(row.get("health_score")),
          row.get("cs_owner_name"), row.get("cs_owner_email"), optional(row, "cs_manager_name"),
          row.get("cs_manager_email"));
      Integer health = integerOrNull(row.get("health_score"));
      if (health != null) {
        jdbc.update("insert into account_health (account_id, recorded_at, health_score) values (?, ?, ?)",
            id, java.sql.Timestamp.from(clock.instant()), health);
      }
      for (String domain : list(row.get("domains"))) {
        jdbc.update("insert into account_domain (domain, account_id) values (?, ?)", domain, id);
      }
      for (String email : list(row.get("contacts"))) {
        jdbc.update("insert into contact (email, account_id) values (?, ?)", email, id);
      }
      count++;
    }
    return count;
  }

  private java.sql.Date renewalDate(String value) {
    if (value.isEmpty()) {
      return null;
    }
    LocalDate date = value.startsWith("+") && value.endsWith("d")
        ? LocalDate.now(clock).plusDays(Long.parseLong(value.substring(1, value.length() - 1)))
        : LocalDate.parse(value);
    return java.sql.Date.valueOf(date);
  }

  private static String optional(CSVRecord row, String column) {
    return row.isMapped(column) && !row.get(column).isEmpty() ? row.get(column) : null;
  }

  private static String[] list(String value) {
    return Arrays.stream(value.split(";"))
        .map(s -> s.trim().toLowerCase(Locale.ROOT))
        .filter(s -> !s.isEmpty())
        .toArray(String[]::new);
  }

  private static BigDecimal decimalOrNull(String value) {
    return value.isEmpty() ? null : new BigDecimal(value);
  }

  private static Integer integerOrNull(String value) {
    return value.isEmpty() ? null : Integer.valueOf(value);
  }
}
