package com.sentimenttriage.review;

import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_ID;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_TREND;
import static com.sentimenttriage.triage.TriageVariables.ALERT_UNREVIEWED;
import static com.sentimenttriage.triage.TriageVariables.EARLIER_TICKETS;
import static com.sentimenttriage.triage.TriageVariables.RENEWAL_DATE;
import static com.sentimenttriage.triage.TriageVariables.REVIEW_DUE;
import static com.sentimenttriage.triage.TriageVariables.REVIEW_DUE_AT;
import static com.sentimenttriage.triage.TriageVariables.UNREVIEWED_ALERT_AT;

import com.sentimenttriage.accounts.Account;
import com.sentimenttriage.accounts.AccountDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Readies the review task: the due date and the "not reviewed in time" date from the gate's review SLA in the
 * business-hours calendar, and the account context the reviewer reads (renewal date, earlier tickets in the window).
 * The SLA, priority and risk factors are the escalation gate's alone ({@link GateOutputs}); a ticket that arrives
 * without one fails here, as an incident that names the gate rule to fix.
 */
@Component("prepareReviewDelegate")
public class PrepareReviewDelegate implements JavaDelegate {

  static final String UNKNOWN_TREND = "unknown";
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.ENGLISH);

  private final BusinessHours businessHours;
  private final AccountDirectory accounts;
  private final EarlierTickets earlierTickets;
  private final ReviewProperties properties;
  private final Clock clock;

  public PrepareReviewDelegate(BusinessHours businessHours, AccountDirectory accounts, EarlierTickets earlierTickets,
      ReviewProperties properties, Clock clock) {
    this.businessHours = businessHours;
    this.accounts = accounts;
    this.earlierTickets = earlierTickets;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Duration sla = GateOutputs.of(execution).reviewSla();
    Instant now = clock.instant();
    Instant due = businessHours.due(now, sla);
    REVIEW_DUE.set(execution, Date.from(due));
    REVIEW_DUE_AT.set(execution, DUE.format(due.atZone(businessHours.zone())) + " (SLA " + inWords(sla)
        + (businessHours.enabled() ? " of business hours)" : ")"));
    UNREVIEWED_ALERT_AT.set(execution, Date.from(businessHours.due(now, sla.multipliedBy(2))));
    ALERT_UNREVIEWED.set(execution, false);
    ACCOUNT_TREND.set(execution, ACCOUNT_TREND.find(execution).orElse(UNKNOWN_TREND));

    Optional<Long> accountId = ACCOUNT_ID.find(execution);
    RENEWAL_DATE.set(execution, accountId.flatMap(accounts::findById).map(Account::renewalDate)
        .map(Object::toString).orElse(""));
    List<String> earlier = accountId.map(id -> earlierTickets.of(id, execution.getProcessBusinessKey(),
        now.minus(properties.earlierTicketsWindow()))).orElse(List.of());
    EARLIER_TICKETS.set(execution, earlier.isEmpty() ? "None in the last "
        + properties.earlierTicketsWindow().toDays() + " days" : String.join("\n", earlier));
  }

  /** "4 hours", "30 minutes", "1 day 2 hours": an SLA as a supervisor says it, not PT4H. */
  static String inWords(Duration sla) {
    List<String> parts = new ArrayList<>();
    add(parts, sla.toDays(), "day");
    add(parts, sla.toHoursPart(), "hour");
    add(parts, sla.toMinutesPart(), "minute");
    return parts.isEmpty() ? "0 minutes" : String.join(" ", parts);
  }

  private static void add(List<String> parts, long amount, String unit) {
    if (amount > 0) {
      parts.add(amount + " " + unit + (amount == 1 ? "" : "s"));
    }
  }
}
