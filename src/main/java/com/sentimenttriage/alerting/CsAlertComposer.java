package com.sentimenttriage.alerting;

import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_FOUND;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_ID;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_NAME;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_SEEN_AT;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_STALE;
import static com.sentimenttriage.triage.TriageVariables.ALERT_UNREVIEWED;
import static com.sentimenttriage.triage.TriageVariables.DAYS_TO_RENEWAL;
import static com.sentimenttriage.triage.TriageVariables.ESCALATION_REASON;
import static com.sentimenttriage.triage.TriageVariables.FRUSTRATION;
import static com.sentimenttriage.triage.TriageVariables.HEALTH_SCORE;
import static com.sentimenttriage.triage.TriageVariables.MRR;
import static com.sentimenttriage.triage.TriageVariables.PLAN;
import static com.sentimenttriage.triage.TriageVariables.RECOMMENDED_ACTION;
import static com.sentimenttriage.triage.TriageVariables.REVIEW_COMMENT;
import static com.sentimenttriage.triage.TriageVariables.RISK_FACTORS;
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
import com.sentimenttriage.triage.ProcessVariable;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Turns a confirmed escalation (the triage variables, the account and its health history) into a {@link CsAlert}.
 * Engine-free: the adapter hands it the instance's variables. Whatever an earlier step did not provide stays
 * empty and the templates leave it out.
 */
@Component
public class CsAlertComposer {

  /** Severity whose alerts copy the CS manager. */
  static final String CRITICAL = "Critical";
  static final String UNKNOWN_OWNER_NAME = "CS team";
  /** "This week", for the health score's change. */
  private static final Duration HEALTH_CHANGE_PERIOD = Duration.ofDays(7);

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
    Optional<Long> accountId = accountId(variables);
    Optional<Account> account = accountId.flatMap(accounts::findById);
    String source = SOURCE.find(variables).orElse(null);
    String ticketId = required(TICKET_ID, variables);

    CsAlert.Recipient to = account.flatMap(CsAlertComposer::owner)
        .orElse(new CsAlert.Recipient(properties.fallbackRecipient(), UNKNOWN_OWNER_NAME));
    CsAlert.AccountFacts facts = new CsAlert.AccountFacts(
        required(ACCOUNT_NAME, variables),
        account.isPresent(),
        PLAN.find(variables).orElse(null),
        MRR.find(variables).orElse(null),
        account.map(Account::renewalDate).orElse(null),
        DAYS_TO_RENEWAL.find(variables).orElse(null),
        HEALTH_SCORE.find(variables).orElse(null),
        accountId.flatMap(id -> signals.healthChangeSince(id, clock.instant().minus(HEALTH_CHANGE_PERIOD)))
            .orElse(null),
        ACCOUNT_STALE.find(variables).orElse(false) ? ACCOUNT_SEEN_AT.find(variables).orElse("unknown") : null);

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
        riskFactors(variables, facts),
        // The gate's recommendation (the rule's or the severity's default, DecideEscalationDelegate), as the
        // supervisor may have edited it: the text they confirmed, not a second fallback of its own.
        RECOMMENDED_ACTION.find(variables).filter(a -> !a.isBlank()).orElse(null),
        REVIEW_COMMENT.find(variables).filter(c -> !c.isBlank()).orElse(null),
        links.forTicket(source, ticketId, reviewTaskId, processInstanceId),
        ALERT_UNREVIEWED.find(variables).orElse(false));
  }

  /**
   * The CS owner of the ticket's account, as the account directory has them now: the one person an alert and its
   * chat post are for. Never read from a process variable: a variable is what a user completing or editing a task
   * could write, and whoever could write the recipient could send the account's data anywhere.
   */
  public Optional<CsAlert.Recipient> owner(Map<String, ?> variables) {
    return accountId(variables).flatMap(accounts::findById).flatMap(CsAlertComposer::owner);
  }

  private static Optional<CsAlert.Recipient> owner(Account account) {
    return Optional.ofNullable(account.csOwnerEmail()).filter(email -> !email.isBlank())
        .map(email -> new CsAlert.Recipient(email, Optional.ofNullable(account.csOwnerName())
            .filter(name -> !name.isBlank()).orElse(UNKNOWN_OWNER_NAME)));
  }

  private static Optional<Long> accountId(Map<String, ?> variables) {
    return ACCOUNT_FOUND.find(variables).orElse(false) ? ACCOUNT_ID.find(variables) : Optional.empty();
  }

  private List<String> copied(String severity, CsAlert.Recipient to, Optional<Account> account) {
    if (!CRITICAL.equalsIgnoreCase(severity)) {
      return List.of();
    }
    String manager = account.map(Account::csManagerEmail).filter(m -> !m.isBlank())
        .orElse(properties.fallbackRecipient());
    return manager == null || manager.equalsIgnoreCase(to.email()) ? List.of() : List.of(manager);
  }

  /**
   * The gate's risk factors as they stand now, i.e. as the supervisor saw them beside the verdict they confirmed,
   * so the CS owner never reads other reasons; then the one fact the gate cannot know: how the health score fell
   * this week.
   */
  private static List<String> riskFactors(Map<String, ?> variables, CsAlert.AccountFacts facts) {
    List<String> factors = new ArrayList<>(RISK_FACTORS.find(variables).stream()
        .flatMap(String::lines).map(String::strip).filter(f -> !f.isEmpty()).toList());
    if (facts.healthChange() != null && facts.healthChange() < 0) {
      factors.add("Health score down " + -facts.healthChange() + " this week");
    }
    return factors;
  }

  private static <T> T required(ProcessVariable<T> variable, Map<String, ?> variables) {
    return variable.find(variables).orElseThrow(
        () -> new IllegalStateException("Process variable '" + variable.name() + "' is not set"));
  }
}
