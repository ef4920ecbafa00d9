package com.sentimenttriage.alerting;

import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_FOUND;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_ID;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_NAME;
import static com.sentimenttriage.triage.TriageVariables.ALERT_UNREVIEWED;
import static com.sentimenttriage.triage.TriageVariables.CHURN_RISK;
import static com.sentimenttriage.triage.TriageVariables.CS_OWNER_EMAIL;
import static com.sentimenttriage.triage.TriageVariables.CS_OWNER_NAME;
import static com.sentimenttriage.triage.TriageVariables.DAYS_TO_RENEWAL;
import static com.sentimenttriage.triage.TriageVariables.ESCALATION_REASON;
import static com.sentimenttriage.triage.TriageVariables.FRUSTRATION;
import static com.sentimenttriage.triage.TriageVariables.HEALTH_SCORE;
import static com.sentimenttriage.triage.TriageVariables.MRR;
import static com.sentimenttriage.triage.TriageVariables.PLAN;
import static com.sentimenttriage.triage.TriageVariables.RECOMMENDED_ACTION;
import static com.sentimenttriage.triage.TriageVariables.REVIEW_COMMENT;
import static com.sentimenttriage.triage.TriageVariables.SCORE_EXPLANATION;
import static com.sentimenttriage.triage.TriageVariables.SENTIMENT_LABEL;
import static com.sentimenttriage.triage.TriageVariables.SEVERITY;
import static com.sentimenttriage.triage.TriageVariables.SOURCE;
import static com.sentimenttriage.triage.TriageVariables.SUBJECT;
import static com.sentimenttriage.triage.TriageVariables.TICKET_ID;
import static com.sentimenttriage.triage.TriageVariables.TICKET_TEXT;
import static com.sentimenttriage.triage.TriageVariables.TOPICS;

import com.sentimenttriage.accounts.Account;
import com.sentimenttriage.accounts.AccountDirectory;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.triage.Ordinals;
import com.sentimenttriage.triage.ProcessVariable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Turns a confirmed escalation (the triage variables, the account and its recent tickets) into a {@link CsAlert}.
 * Engine-free: the adapter hands it the instance's variables. Whatever an earlier step did not provide stays
 * empty and the templates leave it out.
 */
@Component
public class CsAlertComposer {

  /** Severity whose alerts copy the CS manager. */
  static final String CRITICAL = "Critical";
  static final String UNKNOWN_OWNER_NAME = "CS team";
  private static final Duration TREND_PERIOD = Duration.ofDays(7);

  private final AccountDirectory accounts;
  private final AccountSignals signals;
  private final TicketSummarizer summarizer;
  private final AlertLinks links;
  private final AlertProperties properties;
  private final Clock clock;

  public CsAlertComposer(AccountDirectory accounts, AccountSignals signals, SentimentScorer scorer,
      AlertProperties properties, Clock clock) {
    this.accounts = accounts;
    this.signals = signals;
    this.summarizer = new TicketSummarizer(scorer);
    this.links = new AlertLinks(properties);
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * @param reviewTaskId the supervisor's review task, for the Tasklist link; null when there was none
   */
  public CsAlert compose(String idempotencyKey, String processInstanceId, String reviewTaskId,
      Map<String, ?> variables) {
    String severity = required(SEVERITY, variables);
    Optional<Long> accountId = ACCOUNT_FOUND.find(variables).orElse(false) ? ACCOUNT_ID.find(variables)
        : Optional.empty();
    Optional<Account> account = accountId.flatMap(accounts::findById);
    String source = SOURCE.find(variables).orElse(null);
    String ticketId = required(TICKET_ID, variables);

    CsAlert.Recipient to = CS_OWNER_EMAIL.find(variables)
        .map(email -> new CsAlert.Recipient(email, CS_OWNER_NAME.find(variables).orElse(UNKNOWN_OWNER_NAME)))
        .orElse(new CsAlert.Recipient(properties.fallbackRecipient(), UNKNOWN_OWNER_NAME));
    CsAlert.AccountFacts facts = new CsAlert.AccountFacts(
        required(ACCOUNT_NAME, variables),
        account.isPresent(),
        PLAN.find(variables).orElse(null),
        MRR.find(variables).orElse(null),
        account.map(Account::renewalDate).orElse(null),
        DAYS_TO_RENEWAL.find(variables).orElse(null),
        HEALTH_SCORE.find(variables).orElse(null),
        accountId.flatMap(id -> signals.healthChangeSince(id, clock.instant().minus(TREND_PERIOD))).orElse(null));

    return new CsAlert(
        idempotencyKey,
        processInstanceId,
        severity,
        to,
        copied(severity, to, account),
        new CsAlert.Ticket(source, ticketId, SUBJECT.find(variables).filter(s -> !s.isBlank()).orElse("(no subject)"),
            summarizer.summarize(TICKET_TEXT.find(variables).orElse(""))),
        facts,
        new CsAlert.Scores(required(SENTIMENT_LABEL, variables), required(FRUSTRATION, variables),
            TOPICS.find(variables).orElse(""), SCORE_EXPLANATION.find(variables).orElse("")),
        ESCALATION_REASON.find(variables).orElse(""),
        riskFactors(variables, facts, accountId),
        // The gate's recommendation, as the supervisor may have edited it; the per-severity default otherwise.
        RECOMMENDED_ACTION.find(variables).filter(a -> !a.isBlank())
            .orElseGet(() -> properties.recommendedActionFor(severity)),
        REVIEW_COMMENT.find(variables).filter(c -> !c.isBlank()).orElse(null),
        links.forTicket(source, ticketId, reviewTaskId, processInstanceId),
        ALERT_UNREVIEWED.find(variables).orElse(false));
  }

  private List<String> copied(String severity, CsAlert.Recipient to, Optional<Account> account) {
    if (!CRITICAL.equalsIgnoreCase(severity)) {
      return List.of();
    }
    String manager = account.map(Account::csManagerEmail).filter(m -> !m.isBlank())
        .orElse(properties.fallbackRecipient());
    return manager == null || manager.equalsIgnoreCase(to.email()) ? List.of() : List.of(manager);
  }

  private List<String> riskFactors(Map<String, ?> variables, CsAlert.AccountFacts facts, Optional<Long> accountId) {
    List<String> factors = new ArrayList<>();
    Integer days = facts.daysToRenewal();
    if (days != null && days >= 0 && days <= properties.renewalRiskDays()) {
      factors.add("renewal in " + days + " days");
    }
    Instant now = clock.instant();
    accountId.ifPresent(id -> {
      Instant monthStart = LocalDate.ofInstant(now, ZoneOffset.UTC).withDayOfMonth(1)
          .atStartOfDay(ZoneOffset.UTC).toInstant();
      int frustrated = signals.frustratedTicketsSince(id, properties.frustratedAt(), monthStart);
      if (frustrated >= 2) {
        factors.add(Ordinals.of(frustrated) + " frustrated ticket this month");
      }
      if (signals.trend(id, now, TREND_PERIOD) == Trend.DECLINING) {
        factors.add("declining sentiment trend");
      }
    });
    if (facts.healthChange() != null && facts.healthChange() < 0) {
      factors.add("health score down " + -facts.healthChange() + " this week");
    }
    if (CHURN_RISK.find(variables).orElse(false)) {
      factors.add("talks about leaving");
    }
    return factors;
  }

  private static <T> T required(ProcessVariable<T> variable, Map<String, ?> variables) {
    return variable.find(variables).orElseThrow(
        () -> new IllegalStateException("Process variable '" + variable.name() + "' is not set"));
  }
}
