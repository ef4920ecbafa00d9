package com.sentimenttriage.alerting;

import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_FOUND;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_ID;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_NAME;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_SEEN_AT;
import static com.sentimenttriage.triage.TriageVariables.ACCOUNT_STALE;
import static com.sentimenttriage.triage.TriageVariables.ALERT_UNREVIEWED;
import static com.sentimenttriage.triage.TriageVariables.AUDIT_SAMPLED;
import static com.sentimenttriage.triage.TriageVariables.DAYS_TO_RENEWAL;
import static com.sentimenttriage.triage.TriageVariables.ESCALATION_REASON;
import static com.sentimenttriage.triage.TriageVariables.FRUSTRATION;
import static com.sentimenttriage.triage.TriageVariables.HEALTH_SCORE;
import static com.sentimenttriage.triage.TriageVariables.HELPDESK_URL;
import static com.sentimenttriage.triage.TriageVariables.MRR;
import static com.sentimenttriage.triage.TriageVariables.PLAN;
import static com.sentimenttriage.triage.TriageVariables.RECOMMENDED_ACTION;
import static com.sentimenttriage.triage.TriageVariables.REQUESTER_NAME;
import static com.sentimenttriage.triage.TriageVariables.REVIEW_COMMENT;
import static com.sentimenttriage.triage.TriageVariables.REVIEW_DECISION;
import static com.sentimenttriage.triage.TriageVariables.REVIEW_SLA;
import static com.sentimenttriage.triage.TriageVariables.RISK_FACTORS;
import static com.sentimenttriage.triage.TriageVariables.ROLLOUT_QUEUE;
import static com.sentimenttriage.triage.TriageVariables.ROLLOUT_STAGE;
import static com.sentimenttriage.triage.TriageVariables.SCORE_EXPLANATION;
import static com.sentimenttriage.triage.TriageVariables.SENTIMENT_LABEL;
import static com.sentimenttriage.triage.TriageVariables.SEVERITY;
import static com.sentimenttriage.triage.TriageVariables.SOURCE;
import static com.sentimenttriage.triage.TriageVariables.SUBJECT;
import static com.sentimenttriage.triage.TriageVariables.TICKET_CREATED_AT;
import static com.sentimenttriage.triage.TriageVariables.TICKET_ID;
import static com.sentimenttriage.triage.TriageVariables.TICKET_LANGUAGE;
import static com.sentimenttriage.triage.TriageVariables.TICKET_TEXT;
import static com.sentimenttriage.triage.TriageVariables.TICKET_UPDATED_AT;
import static com.sentimenttriage.triage.TriageVariables.TOPICS;

import com.sentimenttriage.accounts.Account;
import com.sentimenttriage.accounts.AccountDirectory;
import com.sentimenttriage.accounts.AccountSignals;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.triage.ProcessVariable;
import com.sentimenttriage.triage.TriageVariables.ReviewDecision;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns an escalation that is to be alerted (the triage variables, the account and its health history) into a
 * {@link CsAlert}: for the account's CS owner, saying how it was decided, and carrying only links its reader can use.
 * Engine-free: the adapter hands it the instance's variables and its review task; the tickets the cooldown attached
 * and what the reader may open come from the two lookups it is built with. Whatever an earlier step did not provide
 * stays empty and the templates leave it out.
 */
@Component
public class CsAlertComposer {

  /** Severity whose alerts copy the CS manager. */
  static final String CRITICAL = "Critical";
  static final String UNKNOWN_OWNER_NAME = "CS team";
  /** "This week", for the health score's change. */
  private static final Duration HEALTH_CHANGE_PERIOD = Duration.ofDays(7);
  /** One phrase of the scorer's explanation: {@code "still waiting" -1.20} (scoring.ScoreVariables). */
  private static final Pattern EXPLAINED_PHRASE = Pattern.compile("\"([^\"]+)\"\\s+([+-]\\d+(?:\\.\\d+)?)");

  /** The gate's MRR risk factor (gating), a number without its currency. */
  private static final Pattern GATE_MRR = Pattern.compile("MRR [0-9][0-9,.]*");

  private final AccountDirectory accounts;
  private final AccountSignals signals;
  private final Function<String, List<CsAlert.AttachedTicket>> attachedTickets;
  private final ReaderAccess readers;
  private final TicketSummarizer summarizer;
  private final AlertLinks links;
  private final AlertProperties properties;
  private final Clock clock;

  @Autowired
  public CsAlertComposer(AccountDirectory accounts, AccountSignals signals, AttachedTickets attachedTickets,
      ReaderAccess readers, SentimentScorer scorer, AlertProperties properties, Clock clock) {
    this(accounts, signals, attachedTickets::attachedTo, readers, scorer, properties, clock);
  }

  /** Without attached tickets, for a reader who can open neither Tasklist nor Cockpit. */
  public CsAlertComposer(AccountDirectory accounts, AccountSignals signals, SentimentScorer scorer,
      AlertProperties properties, Clock clock) {
    this(accounts, signals, alert -> List.of(), ReaderAccess.NONE, scorer, properties, clock);
  }

  public CsAlertComposer(AccountDirectory accounts, AccountSignals signals,
      Function<String, List<CsAlert.AttachedTicket>> attachedTickets, ReaderAccess readers, SentimentScorer scorer,
      AlertProperties properties, Clock clock) {
    this.accounts = accounts;
    this.signals = signals;
    this.attachedTickets = attachedTickets;
    this.readers = readers;
    this.summarizer = new TicketSummarizer(scorer);
    this.links = new AlertLinks(properties);
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * @param review the supervisor's review task, for who confirmed and when, and the Tasklist link while it is open;
   *               null when there was none
   */
  public CsAlert compose(String idempotencyKey, String processInstanceId, ReviewTask review,
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
        properties.currency(),
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
            summarizer.summarize(TICKET_TEXT.find(variables).orElse("")),
            REQUESTER_NAME.find(variables).map(String::strip).filter(n -> !n.isEmpty()).orElse(null),
            TICKET_UPDATED_AT.find(variables).or(() -> TICKET_CREATED_AT.find(variables)).map(Date::toInstant)
                .orElse(null),
            TICKET_LANGUAGE.find(variables).orElse(null)),
        facts,
        new CsAlert.Scores(required(SENTIMENT_LABEL, variables), required(FRUSTRATION, variables),
            TOPICS.find(variables).orElse(""), phrases(SCORE_EXPLANATION.find(variables).orElse(""))),
        ESCALATION_REASON.find(variables).orElse(""),
        riskFactors(variables, facts),
        // The gate's recommendation (the rule's or the severity's default, WeighEscalationDelegate), as the
        // supervisor may have edited it: the text they confirmed, not a second fallback of its own.
        RECOMMENDED_ACTION.find(variables).filter(a -> !a.isBlank()).orElse(null),
        REVIEW_COMMENT.find(variables).filter(c -> !c.isBlank()).orElse(null),
        links(to, source, ticketId, review, processInstanceId, variables),
        decision(review, variables),
        attachedTickets.apply(processInstanceId));
  }

  /**
   * How the alert came about, from what the process recorded: sent by the "not reviewed in time" step; confirmed in
   * the review; otherwise its queue's stage sent it without review. Only a recorded confirmation names a supervisor.
   */
  static CsAlert.Decision decision(ReviewTask review, Map<String, ?> variables) {
    String queue = ROLLOUT_QUEUE.find(variables).orElse(null);
    String stage = ROLLOUT_STAGE.find(variables).orElse(null);
    if (ALERT_UNREVIEWED.find(variables).orElse(false)) {
      return CsAlert.Decision.notReviewedInTime(queue, stage, REVIEW_SLA.find(variables).orElse(null));
    }
    if (REVIEW_DECISION.find(variables).filter(ReviewDecision.CONFIRM.value()::equals).isPresent()) {
      boolean done = review != null && !review.open();
      return CsAlert.Decision.confirmed(done ? review.reviewer() : null, done ? review.completedAt() : null);
    }
    return CsAlert.Decision.automatic(queue, stage, AUDIT_SAMPLED.find(variables).orElse(false));
  }

  /**
   * The owner's follow-through task (the app's redirect opens it only for whoever may see it) and the helpdesk ticket
   * for everyone; Tasklist (an open review task only: a done one shows nothing) and Cockpit only for a recipient who
   * can open them.
   */
  private CsAlert.Links links(CsAlert.Recipient to, String source, String ticketId, ReviewTask review,
      String processInstanceId, Map<String, ?> variables) {
    String task = review != null && review.open() && readers.canOpenTask(to.email(), review.id())
        ? links.tasklist(review.id()) : null;
    String cockpit = readers.canOpenCockpit(to.email()) ? links.cockpit(processInstanceId) : null;
    return new CsAlert.Links(links.ticket(source, ticketId, HELPDESK_URL.find(variables).orElse(null)), task,
        cockpit, links.followThrough(processInstanceId));
  }

  /** The phrases of the scorer's explanation, strongest first, each once (case-insensitive), without weights. */
  static List<String> phrases(String explanation) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> phrases = new ArrayList<>();
    Matcher phrase = EXPLAINED_PHRASE.matcher(explanation);
    while (phrase.find()) {
      String words = phrase.group(1).strip();
      // A weight of 0 is a note on the confidence, not something that drove the score.
      boolean drove = Double.parseDouble(phrase.group(2)) != 0;
      if (drove && !words.isEmpty() && seen.add(words.toLowerCase(Locale.ROOT))) {
        phrases.add(words);
      }
    }
    return phrases;
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
        .flatMap(String::lines).map(String::strip).filter(f -> !f.isEmpty())
        // The gate words the MRR without its currency ("MRR 4,200"); the alert names it, as everywhere else in it.
        .map(f -> facts.currency() != null && GATE_MRR.matcher(f).matches() ? f + " " + facts.currency() : f)
        .toList());
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
