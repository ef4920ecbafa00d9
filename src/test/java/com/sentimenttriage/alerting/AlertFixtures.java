package com.sentimenttriage.alerting;

import com.sentimenttriage.accounts.Account;
import com.sentimenttriage.accounts.AccountDirectory;
import com.sentimenttriage.accounts.AccountSignals;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import com.sentimenttriage.triage.TriageVariables;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A confirmed escalation for Acme Corp, and the fakes an alert is composed from. */
final class AlertFixtures {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC);
  static final SentimentScorer SCORER = SentimentScorer.withBuiltInLexicon();
  static final Account ACME = new Account(1, "Acme Corp", "Enterprise", new BigDecimal("4200"),
      LocalDate.of(2026, 11, 30), 62, "Dana Whitfield", "dana@cs.example", "morgan@cs.example");
  static final String TEXT = "Hello team. We updated to version 5.2 on Monday. "
      + "Since the update all our project data disappeared and this is completely unacceptable. "
      + "Please call me on [PHONE]. "
      + "If nobody fixes this today we will cancel our contract.";
  /** What the gate wrote into the risk factors for this ticket and the supervisor read, most pressing first. */
  static final List<String> GATE_RISK_FACTORS = List.of("Churn threat in the ticket",
      "Critical topic: Data loss, Cancellation", "Renewal in 28 days", "MRR 4,200");
  /** The same as the alert shows them: the MRR with its currency (triage.alerts.currency, USD by default). */
  static final List<String> ALERTED_RISK_FACTORS = GATE_RISK_FACTORS.stream()
      .map(f -> f.startsWith("MRR ") ? f + " USD" : f).toList();
  /** How Acme's health score moved this week, by the app's tables: the one risk the gate cannot know. */
  static final int HEALTH_CHANGE_THIS_WEEK = -7;

  static final AccountDirectory ACCOUNTS = new AccountDirectory() {
    @Override
    public Optional<Account> findByRequesterEmail(String email) {
      return Optional.empty();
    }

    @Override
    public Optional<Account> findById(long id) {
      return id == ACME.id() ? Optional.of(ACME) : Optional.empty();
    }
  };

  /** The alert mailer, sending to the test's GreenMail. */
  static CsAlertMailer mailerFor(com.icegreen.greenmail.junit5.GreenMailExtension smtp) {
    org.springframework.mail.javamail.JavaMailSenderImpl sender =
        new org.springframework.mail.javamail.JavaMailSenderImpl();
    sender.setHost("localhost");
    sender.setPort(smtp.getSmtp().getPort());
    return new CsAlertMailer(sender, properties());
  }

  static AlertProperties properties() {
    return new AlertProperties("triage@example", "cs-managers@example", "https://triage.example/", "R5/PT1M",
        Map.of("zendesk", "https://{subdomain}.zendesk.com/agent/tickets/{ticketId}"),
        Map.of("subdomain", "acme-support"), Map.of(),
        Duration.ofSeconds(2));
  }

  /** The review task of the alert while it is still open. */
  static final ReviewTask OPEN_REVIEW = new ReviewTask("task-9", null, null);
  /** A reader who is a Camunda user with Tasklist and Cockpit access, such as a process admin. */
  static final ReaderAccess CAMUNDA_USER = new ReaderAccess() {
    @Override
    public boolean canOpenTask(String email, String taskId) {
      return true;
    }

    @Override
    public boolean canOpenCockpit(String email) {
      return true;
    }
  };

  /** The composer over Acme, with the app's tables faked: the health score moved {@link #HEALTH_CHANGE_THIS_WEEK}. */
  static CsAlertComposer composer() {
    return new CsAlertComposer(ACCOUNTS, signals(), SCORER, properties(), CLOCK);
  }

  /** The same, with tickets the cooldown attached and what the reader may open. */
  static CsAlertComposer composer(ReaderAccess readers, List<CsAlert.AttachedTicket> attached,
      AlertProperties properties) {
    return new CsAlertComposer(ACCOUNTS, signals(), alert -> attached, readers, SCORER, properties, CLOCK);
  }

  private static AccountSignals signals() {
    return new AccountSignals(null) {
      @Override
      public Optional<Integer> healthChangeSince(long accountId, Instant since) {
        return Optional.of(HEALTH_CHANGE_THIS_WEEK);
      }
    };
  }

  static Map<String, Object> acmeVariables(String severity) {
    Map<String, Object> v = new HashMap<>();
    TriageVariables.SOURCE.putInto(v, "zendesk");
    TriageVariables.TICKET_ID.putInto(v, "4711");
    TriageVariables.SUBJECT.putInto(v, "data disappeared after update");
    TriageVariables.TICKET_TEXT.putInto(v, TEXT);
    TriageVariables.SENTIMENT_LABEL.putInto(v, "Urgent");
    TriageVariables.FRUSTRATION.putInto(v, 91);
    TriageVariables.TOPICS.putInto(v, "Data loss, Cancellation");
    TriageVariables.SCORE_EXPLANATION.putInto(v, "\"unacceptable\" -2.50, \"disappeared\" -1.80");
    TriageVariables.CHURN_RISK.putInto(v, true);
    TriageVariables.ACCOUNT_FOUND.putInto(v, true);
    TriageVariables.ACCOUNT_ID.putInto(v, 1L);
    TriageVariables.ACCOUNT_NAME.putInto(v, "Acme Corp");
    TriageVariables.PLAN.putInto(v, "Enterprise");
    TriageVariables.MRR.putInto(v, 4200.0);
    TriageVariables.DAYS_TO_RENEWAL.putInto(v, 28);
    TriageVariables.HEALTH_SCORE.putInto(v, 62);
    TriageVariables.CS_OWNER_NAME.putInto(v, "Dana Whitfield");
    TriageVariables.SEVERITY.putInto(v, severity);
    TriageVariables.ESCALATION_REASON.putInto(v, "Very frustrated customer");
    TriageVariables.RECOMMENDED_ACTION.putInto(v, "Call the customer today.");
    TriageVariables.RISK_FACTORS.putInto(v, String.join("\n", GATE_RISK_FACTORS));
    TriageVariables.REVIEW_DECISION.putInto(v, "confirm");
    TriageVariables.REVIEW_COMMENT.putInto(v, "Known bug in 5.2, fix is ready");
    return v;
  }

  private AlertFixtures() {
  }
}
