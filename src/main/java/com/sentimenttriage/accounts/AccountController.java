package com.sentimenttriage.accounts;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The accounts API for process admins (reads also for CS managers, who link unattached tickets); access is
 * declared in security.ApiSecurity. Bad input gets an RFC 7807 problem detail and changes nothing.
 */
@RestController
@RequestMapping("/api/accounts")
public class AccountController {

  private static final int MAX_LIMIT = 500;

  private final AccountStore store;
  private final AccountDirectory directory;
  private final AccountCsvImporter importer;
  private final AccountTrends trends;
  private final Clock clock;

  public AccountController(AccountStore store, AccountDirectory directory, AccountCsvImporter importer,
      AccountTrends trends, Clock clock) {
    this.store = store;
    this.directory = directory;
    this.importer = importer;
    this.trends = trends;
    this.clock = clock;
  }

  @GetMapping
  public List<AccountResource> list(@RequestParam(name = "q", required = false) String query,
      @RequestParam(name = "limit", defaultValue = "50") int limit) {
    return store.list(query, Math.max(1, Math.min(limit, MAX_LIMIT)));
  }

  /**
   * Searches where accounts come from: the CRM with {@code triage.accounts.source=hubspot|salesforce}, else the
   * tables. The ids it lists are the ones "Choose account" takes.
   */
  @GetMapping("/directory")
  public List<Account> searchDirectory(@RequestParam(name = "q", required = false) String query,
      @RequestParam(name = "limit", defaultValue = "20") int limit) {
    return directory.search(query, Math.max(1, Math.min(limit, MAX_LIMIT)));
  }

  @GetMapping("/{id}")
  public AccountResource get(@PathVariable long id) {
    return store.find(id).orElseThrow(() -> new AccountNotFound(id));
  }

  @PostMapping(consumes = "application/json")
  public ResponseEntity<AccountResource> create(@Valid @RequestBody AccountResource account) {
    store.create(account);
    return ResponseEntity.created(URI.create("/api/accounts/" + account.id())).body(get(account.id()));
  }

  @PutMapping(path = "/{id}", consumes = "application/json")
  public AccountResource update(@PathVariable long id, @Valid @RequestBody AccountResource account) {
    if (account.id() != id) {
      throw new BadAccount("The id in the body (" + account.id() + ") is not the id in the path (" + id + ").");
    }
    if (!store.update(account)) {
      throw new AccountNotFound(id);
    }
    return get(id);
  }

  @DeleteMapping("/{id}")
  public ResponseEntity<Void> delete(@PathVariable long id) {
    if (!store.delete(id)) {
      throw new AccountNotFound(id);
    }
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{id}/health-history")
  public List<AccountStore.HealthPoint> healthHistory(@PathVariable long id) {
    get(id);
    return store.healthHistory(id);
  }

  /** The account's sentiment: 7- and 30-day average polarity, traffic light, and whether it dropped. */
  @GetMapping("/{id}/trend")
  public Map<String, Object> trend(@PathVariable long id) {
    get(id);
    AccountTrend trend = trends.trendOf(id, null, clock.instant());
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("accountId", id);
    body.put("average7d", trend.average7d());
    body.put("average30d", trend.average30d());
    body.put("light", trend.light().value());
    body.put("baseline", trend.baseline().value());
    body.put("declining", trend.declining());
    body.put("frustratedTicketsLast30Days", trend.frustratedTicketsLast30Days());
    return body;
  }

  /** Imports a CSV in the format of accounts/demo-accounts.csv, all rows or none. */
  @PostMapping(path = "/import", consumes = {"text/csv", "text/plain"})
  public Map<String, Integer> importCsv(@RequestBody String csv) {
    try {
      return Map.of("imported", importer.importCsv(new StringReader(csv)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException | IllegalStateException | java.time.DateTimeException e) {
      throw new BadAccount("The CSV does not match the documented format: " + e.getMessage());
    }
  }

  static final class AccountNotFound extends RuntimeException {
    AccountNotFound(long id) {
      super("There is no account " + id + ".");
    }
  }

  static final class BadAccount extends RuntimeException {
    BadAccount(String message) {
      super(message);
    }
  }

  @ExceptionHandler(AccountNotFound.class)
  ResponseEntity<ProblemDetail> notFound(AccountNotFound e) {
    return problem(HttpStatus.NOT_FOUND, "Account not found", e.getMessage());
  }

  @ExceptionHandler(BadAccount.class)
  ResponseEntity<ProblemDetail> bad(BadAccount e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid account", e.getMessage());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
    String fields = e.getBindingResult().getAllErrors().stream()
        .map(error -> error.getDefaultMessage())
        .sorted()
        .collect(Collectors.joining("; "));
    return problem(HttpStatus.BAD_REQUEST, "Invalid account", fields);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    return problem(HttpStatus.BAD_REQUEST, "Unreadable account",
        "The body is not a JSON account of the documented shape.");
  }

  /** A taken id, domain or contact, or a row another table still refers to. */
  @ExceptionHandler({DuplicateKeyException.class, DataIntegrityViolationException.class})
  ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException e) {
    return problem(HttpStatus.CONFLICT, "Account conflict", e instanceof DuplicateKeyException
        ? "The account id, one of its domains or one of its contacts belongs to another account already."
        : "The account cannot be stored as sent: it conflicts with stored data.");
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return ResponseEntity.status(status).body(problem);
  }
}
