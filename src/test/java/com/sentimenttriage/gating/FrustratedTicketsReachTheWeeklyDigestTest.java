package com.sentimenttriage.gating;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.accounts.AccountTrends;
import com.sentimenttriage.accounts.JdbcAccountDirectory;
import com.sentimenttriage.accounts.TrendProperties;
import com.sentimenttriage.alerting.AlertProperties;
import com.sentimenttriage.alerting.MailParts;
import com.sentimenttriage.alerting.TicketReferences;
import com.sentimenttriage.alerting.digest.CsDigests;
import com.sentimenttriage.alerting.digest.DigestDeliveries;
import com.sentimenttriage.records.ScoredTicketStore;
import com.sentimenttriage.support.IntegrationTest;
import com.sentimenttriage.triage.TicketTriageProcess;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The recipe's digest path, end to end from the deployed gate to the CS owner's mailbox: a frustrated ticket that
 * no rule alerts is not merely recorded, it is in the week's digest; a ticket just below the mark is not. The
 * clock is pinned to a Monday in 2032, a week no other test's tickets fall into.
 */
class FrustratedTicketsReachTheWeeklyDigestTest extends IntegrationTest {

  private static final Instant MONDAY = Instant.parse("2032-05-10T08:00:00Z");
  private static final long SMALL_ACCOUNT = 7201;
  private static final String OWNER = "olga.gate-digest@cs.example";

  @Autowired
  private HistoryService history;

  @Autowired
  DecisionService decisions;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  JavaMailSender mailSender;
  @Autowired
  AccountTrends trends;
  @Autowired
  TrendProperties trendProperties;
  @Autowired
  AlertProperties alertProperties;
  @Autowired
  DigestDeliveries deliveries;

  @AfterEach
  void removeRows() {
    jdbc.update("delete from scored_ticket where business_key like 'gate-digest-test:%'");
    jdbc.update("delete from account where id = ?", SMALL_ACCOUNT);
    jdbc.update("delete from digest_delivery where run_id like 'gate-digest-test-%'");
  }

  @Test
  void aNegativeTicketAtFrustration55FromASmallAccountIsInTheWeeklyDigest() throws Exception {
    jdbc.update("""
        insert into account (id, name, plan, mrr, health_score, cs_owner_name, cs_owner_email)
        values (?, 'Harbour Bakery', 'Starter', 249, 80, 'Olga Gate', ?)""", SMALL_ACCOUNT, OWNER);
    // $249 a month, renewal far off, healthy, green, no earlier frustrated ticket: no alert rule applies.
    GateInput frustrated = new GateInput(false, 55, -0.45, "Negative", "None", false, 249, 200, 80, "Starter",
        "green", false, 0);
    GateInput belowTheMark = new GateInput(false, 49, -0.38, "Negative", "None", false, 249, 200, 80, "Starter",
        "green", false, 0);

    GateDecision decided = decide(frustrated);
    assertThat(decided.action()).isEqualTo("DIGEST");
    scored("H-55", frustrated, decided.action(), "2032-05-06T10:00:00Z");
    scored("H-49", belowTheMark, decide(belowTheMark).action(), "2032-05-06T11:00:00Z");

    CsDigests digests = new CsDigests(new ScoredTicketStore(jdbc), new JdbcAccountDirectory(jdbc), trends,
        trendProperties, mailSender, alertProperties, deliveries, new TicketReferences(history),
        Clock.fixed(MONDAY, ZoneOffset.UTC));
    digests.sendWeekly("gate-digest-test-1");

    List<MimeMessage> mails = Arrays.stream(greenMail.getReceivedMessages())
        .filter(mail -> addressedTo(mail, OWNER)).toList();
    assertThat(mails).as("the owner's weekly digest").hasSize(1);
    assertThat(MailParts.part(mails.get(0), "text/plain"))
        .contains("Harbour Bakery", "- H-55 ", "Negative, frustration 55/100")
        .doesNotContain("H-49");
  }

  private GateDecision decide(GateInput input) {
    return GateDecision.of(decisions.evaluateDecisionByKey(TicketTriageProcess.GATE_DECISION_KEY)
        .variables(input.variables()).evaluate().getSingleResult());
  }

  private void scored(String ticketId, GateInput input, String action, String scoredAt) {
    jdbc.update("""
        insert into scored_ticket (business_key, process_instance_id, source, ticket_id, account_id, polarity,
                                   frustration, label, topics, escalation_action, severity, scored_at)
        values (?, 'pi', 'generic', ?, ?, ?, ?, ?, 'Billing', ?, 'Low', ?)""",
        "gate-digest-test:" + ticketId, ticketId, SMALL_ACCOUNT, input.polarity(), input.frustration(),
        input.sentimentLabel(), action, Timestamp.from(Instant.parse(scoredAt)));
  }

  private static boolean addressedTo(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getRecipients(RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
