package com.sentimenttriage.review;

import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_ID;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_TREND;
import static com.sentimenttriage.triage.TriageVariables.ALERT_UNREVIEWED;
import static com.sentimenttriage.triage.TriageVariables.EARLIER_TICKETS;
import static com.sentimenttriage.triage.TriageVariables.ESCALATION_REASON;
import static com.sentimenttriage.triage.TriageVariables.FRUSTRATION;
import static com.sentimenttriage.triage.TriageVariables.PRIORITY;
import static com.sentimenttriage.triage.TriageVariables.RECOMMENDED_ACTION;
import static com.sentimenttriage.triage.TriageVariables.RENEWAL_DATE;
import static com.sentimenttriage.triage.TriageVariables.REVIEW_DUE;
import static com.sentimenttriage.triage.TriageVariables.REVIEW_SLA;
import static com.sentimenttriage.triage.TriageVariables.RISK_FACTORS;
import static com.sentimenttriage.triage.TriageVariables.SEVERITY;
import static com.sentimenttriage.triage.TriageVariables.UNREVIEWED_ALERT_AT;

import com.sentimenttriage.accounts.Account;
import com.sentimenttriage.accounts.AccountDirectory;
import com.sentimenttriage.triage.TicketTriageProcess;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Readies the review task: the SLA (the gate's, else the review-sla table's default for the severity), the due date
 * and the "not reviewed in time" date in the business-hours calendar, the task priority, and the account context the
 * reviewer reads (renewal date, earlier tickets in the window).
 */
@Component("prepareReviewDelegate")
public class PrepareReviewDelegate implements JavaDelegate {

  static final String DEFAULT_RECOMMENDED_ACTION = "Contact the customer, acknowledge the problem and agree next steps";
  static final String UNKNOWN_TREND = "unknown";

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
    Duration sla = sla(execution);
    Instant now = clock.instant();
    REVIEW_DUE.set(execution, Date.from(businessHours.due(now, sla)));
    UNREVIEWED_ALERT_AT.set(execution, Date.from(businessHours.due(now, sla.multipliedBy(2))));
    ALERT_UNREVIEWED.set(execution, false);

    PRIORITY.set(execution, Math.max(0, Math.min(100,
        PRIORITY.find(execution).orElseGet(() -> FRUSTRATION.get(execution)))));
    RECOMMENDED_ACTION.set(execution, RECOMMENDED_ACTION.find(execution).filter(a -> !a.isBlank())
        .orElse(DEFAULT_RECOMMENDED_ACTION));
    RISK_FACTORS.set(execution, RISK_FACTORS.find(execution).filter(r -> !r.isBlank())
        .orElseGet(() -> ESCALATION_REASON.find(execution).orElse("")));
    ACCOUNT_TREND.set(execution, ACCOUNT_TREND.find(execution).orElse(UNKNOWN_TREND));

    Optional<Long> accountId = ACCOUNT_ID.find(execution);
    RENEWAL_DATE.set(execution, accountId.flatMap(accounts::findById).map(Account::renewalDate)
        .map(Object::toString).orElse(""));
    List<String> earlier = accountId.map(id -> earlierTickets.of(id, execution.getProcessBusinessKey(),
        now.minus(properties.earlierTicketsWindow()))).orElse(List.of());
    EARLIER_TICKETS.set(execution, earlier.isEmpty() ? "None in the last "
        + properties.earlierTicketsWindow().toDays() + " days" : String.join("\n", earlier));
  }

  private Duration sla(DelegateExecution execution) {
    String sla = REVIEW_SLA.find(execution).filter(s -> !s.isBlank()).orElseGet(() -> defaultSla(execution));
    REVIEW_SLA.set(execution, sla);
    try {
      return Duration.parse(sla);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("The review SLA '" + sla + "' is not an ISO-8601 duration such as PT4H", e);
    }
  }

  private static String defaultSla(DelegateExecution execution) {
    Map<String, Object> inputs = new HashMap<>();
    SEVERITY.putInto(inputs, SEVERITY.get(execution));
    return execution.getProcessEngineServices().getDecisionService()
        .evaluateDecisionByKey(TicketTriageProcess.REVIEW_SLA_DECISION_KEY)
        .variables(inputs)
        .evaluate()
        .getSingleResult()
        .getEntry(REVIEW_SLA.name());
  }
}
