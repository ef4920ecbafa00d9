package com.sentimenttriage.alerting.digest;

import com.sentimenttriage.accounts.Account;
import com.sentimenttriage.accounts.AccountTrend;
import com.sentimenttriage.accounts.AccountTrends;
import com.sentimenttriage.accounts.JdbcAccountDirectory;
import com.sentimenttriage.accounts.TrendProperties;
import com.sentimenttriage.alerting.AlertLinks;
import com.sentimenttriage.alerting.AlertProperties;
import com.sentimenttriage.alerting.CsAlertMailer;
import com.sentimenttriage.alerting.TicketReferences;
import com.sentimenttriage.records.ScoredTicketStore;
import com.sentimenttriage.records.ScoredTicketStore.DigestSelection;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Builds and sends digests from the scored_ticket table: per CS owner, the period's tickets grouped by account,
 * each account with the traffic light and "declining" the escalation gate sees ({@link AccountTrends}, thresholds
 * {@code triage.trend.*}), so a digest never calls an account declining that the gate does not, or the reverse.
 * Owners without tickets get nothing; tickets without a known account or owner go to the CS managers' mailbox.
 */
@Service
public class CsDigests {

  static final String WEEKLY_TITLE = "Weekly digest";
  static final String DAILY_TITLE = "Daily digest";
  static final String UNATTACHED = "Unattached";
  static final String UNKNOWN_OWNER_NAME = "CS team";

  private final ScoredTicketStore tickets;
  private final JdbcAccountDirectory accounts;
  private final AccountTrends trends;
  private final TrendProperties trendProperties;
  private final JavaMailSender mailSender;
  private final AlertProperties properties;
  private final AlertLinks links;
  private final DigestDeliveries deliveries;
  private final TicketReferences references;
  private final Clock clock;
  private final TemplateEngine templates = CsAlertMailer.mailTemplates();

  public CsDigests(ScoredTicketStore tickets, JdbcAccountDirectory accounts, AccountTrends trends,
      TrendProperties trendProperties, JavaMailSender mailSender, AlertProperties properties,
      DigestDeliveries deliveries, TicketReferences references, Clock clock) {
    this.tickets = tickets;
    this.accounts = accounts;
    this.trends = trends;
    this.trendProperties = trendProperties;
    this.mailSender = mailSender;
    this.properties = properties;
    this.links = new AlertLinks(properties);
    this.deliveries = deliveries;
    this.references = references;
    this.clock = clock;
  }

  /**
   * The last seven days' DIGEST-level tickets. {@code runId} names this run (the process instance): a retried
   * run skips the recipients it already reached. Returns the number of digests the run comprises.
   */
  public int sendWeekly(String runId) {
    return send(runId, digests(WEEKLY_TITLE, "Tickets the escalation gate put on your weekly list",
        Duration.ofDays(7), DigestSelection.DIGEST_LEVEL, true));
  }

  /** The last day's moderate negatives, like {@link #sendWeekly}. */
  public int sendDaily(String runId) {
    return send(runId, digests(DAILY_TITLE, "Negative tickets of the last day that did not raise an alert",
        Duration.ofDays(1), DigestSelection.MODERATE_NEGATIVE, false));
  }

  List<Digest> digests(String title, String description, Duration period, DigestSelection condition) {
    return digests(title, description, period, condition, false);
  }

  /** @param withAdvocacy whether the digest has the section "Advocacy opportunities" (the weekly one) */
  List<Digest> digests(String title, String description, Duration period, DigestSelection condition,
      boolean withAdvocacy) {
    Instant to = clock.instant();
    Instant from = to.minus(period);
    Map<String, Owner> owners = new LinkedHashMap<>();
    Set<Long> listedAccounts = new HashSet<>();
    collect(condition, from, to, owners, listedAccounts, owner -> owner.accounts);
    if (withAdvocacy) {
      collect(DigestSelection.ADVOCACY_WITHOUT_TASK, from, to, owners, listedAccounts, owner -> owner.advocacy);
    }

    // Subjects and the helpdesk URLs the payloads carried: in the instances' variables, one read for the digests.
    Map<String, TicketReferences.Reference> known = references.of(owners.values().stream()
        .flatMap(owner -> Stream.concat(owner.accounts.values().stream(),
            owner.advocacy.values().stream()))
        .flatMap(List::stream).map(Row::processInstanceId).toList());
    // One read for every listed account, as of the run: the light the gate would see for them now.
    Map<Long, AccountTrend> trendOf = trends.trendsOf(listedAccounts, to);
    LocalDate fromDate = LocalDate.ofInstant(from, ZoneOffset.UTC);
    LocalDate toDate = LocalDate.ofInstant(to, ZoneOffset.UTC);
    return owners.values().stream().map(owner -> new Digest(title, description, owner.email, owner.name, fromDate,
        toDate, sections(owner.accounts, trendOf, known), sections(owner.advocacy, trendOf, known)))
        .toList();
  }

  private List<Digest.AccountSection> sections(Map<String, List<Row>> accounts, Map<Long, AccountTrend> trendOf,
      Map<String, TicketReferences.Reference> known) {
    return accounts.entrySet().stream().map(e -> section(e.getKey(), e.getValue(), trendOf, known)).toList();
  }

  /**
   * Reads the period's tickets that meet {@code condition} into each owner's list that {@code listOf} picks: by the
   * owner's e-mail, the account's name and the time scored, with the tickets of no known account or owner last.
   */
  private void collect(DigestSelection condition, Instant from, Instant to, Map<String, Owner> owners,
      Set<Long> listedAccounts, Function<Owner, Map<String, List<Row>>> listOf) {
    List<Row> rows = new ArrayList<>();
    tickets.forEachForDigest(condition, from, to, rs -> {
      long accountId = rs.getLong("account_id");
      Long account = rs.wasNull() ? null : accountId;
      rows.add(new Row(account, rs.getString("process_instance_id"), rs.getString("source"),
          rs.getString("ticket_id"), rs.getString("label"), rs.getInt("frustration"), rs.getString("topics"),
          rs.getTimestamp("scored_at").toInstant().atZone(ZoneOffset.UTC).toLocalDate()));
    });
    // From the app's tables, as the rows have no account's name or owner; an account deleted since has neither.
    Map<Long, Account> known = accounts.findAllById(rows.stream().map(Row::accountId).filter(Objects::nonNull)
        .distinct().toList());
    Function<Row, Optional<Account>> accountOf = row -> Optional.ofNullable(row.accountId()).map(known::get);
    // The rows come oldest first, and the sort is stable.
    rows.sort(Comparator.comparing((Row row) -> accountOf.apply(row).map(Account::csOwnerEmail).orElse(null),
            Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(row -> accountOf.apply(row).map(Account::name).orElse(null),
            Comparator.nullsLast(Comparator.naturalOrder())));
    for (Row row : rows) {
      Optional<Account> account = accountOf.apply(row);
      String email = account.map(Account::csOwnerEmail).orElse(null);
      String ownerName = email == null ? UNKNOWN_OWNER_NAME : nameOr(account.get().csOwnerName());
      Owner owner = owners.computeIfAbsent(email == null ? properties.fallbackRecipient() : email,
          key -> new Owner(key, ownerName));
      String accountName = row.accountId() == null ? UNATTACHED : account.map(Account::name).orElse(null);
      if (row.accountId() != null) {
        listedAccounts.add(row.accountId());
      }
      listOf.apply(owner).computeIfAbsent(accountName, name -> new ArrayList<>()).add(row);
    }
  }

  private Digest.AccountSection section(String name, List<Row> rows, Map<Long, AccountTrend> trendOf,
      Map<String, TicketReferences.Reference> known) {
    List<Digest.DigestTicket> tickets = rows.stream().map(row -> row.ticket(known.get(row.processInstanceId()),
        links)).toList();
    Long accountId = rows.get(0).accountId();
    if (accountId == null) {
      return new Digest.AccountSection(name, null, false, null, tickets);
    }
    AccountTrend trend = trendOf.get(accountId);
    return new Digest.AccountSection(name, trend.light().value(), trend.declining(), trend.reason(trendProperties),
        tickets);
  }

  private int send(String runId, List<Digest> digests) {
    for (Digest digest : digests) {
      if (deliveries.wasSent(runId, digest.recipient())) {
        continue;
      }
      Context model = new Context();
      model.setVariable("digest", digest);
      try {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(digest.recipient());
        helper.setSubject(digest.subject());
        helper.setText(templates.process("cs-digest.txt", model), templates.process("cs-digest.html", model));
        mailSender.send(message);
      } catch (MessagingException e) {
        throw new MailSendException("Could not build the digest e-mail", e);
      }
      deliveries.recordSent(runId, digest.recipient());
    }
    return digests.size();
  }

  private static String nameOr(String name) {
    return name == null || name.isBlank() ? UNKNOWN_OWNER_NAME : name;
  }

  private record Row(Long accountId, String processInstanceId, String source, String ticketId, String label,
      int frustration, String topics, LocalDate scoredOn) {

    /** The line: with the ticket's subject and its helpdesk link (the payload's URL, else the source's pattern). */
    Digest.DigestTicket ticket(TicketReferences.Reference reference, AlertLinks links) {
      String subject = reference == null || reference.subject() == null || reference.subject().isBlank() ? null
          : reference.subject();
      return new Digest.DigestTicket(ticketId, subject, label, frustration, topics, scoredOn,
          links.ticket(source, ticketId, reference == null ? null : reference.helpdeskUrl()));
    }
  }

  private static final class Owner {
    final String email;
    final String name;
    final Map<String, List<Row>> accounts = new LinkedHashMap<>();
    final Map<String, List<Row>> advocacy = new LinkedHashMap<>();

    Owner(String email, String name) {
      this.email = email;
      this.name = name;
    }
  }
}
