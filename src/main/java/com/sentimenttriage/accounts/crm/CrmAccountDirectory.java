package com.sentimenttriage.accounts.crm;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.sentimenttriage.accounts.Account;
import com.sentimenttriage.accounts.AccountDirectory;
import com.sentimenttriage.accounts.AccountLookup;
import com.sentimenttriage.accounts.FreeMailDomains;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accounts from a CRM ({@link CrmClient}), with what the CRM cannot promise: speed and availability.
 *
 * <ul>
 *   <li>Cache: each node keeps an answer (found or not) for {@code cacheTtl}, by requester and by account; the TTL
 *       bounds how stale a cached account is. Concurrent lookups of one key wait for a single CRM call
 *       (Caffeine's atomic {@code get}), so a burst of tickets from one requester costs one lookup.</li>
 *   <li>Outage: when the CRM is down, slow or rate-limited, the lookup answers with the values last seen for that
 *       requester's account ({@link CrmAccountStore}) and says since when ({@link AccountLookup#staleSince()}); with
 *       none, it says the CRM was unavailable. After a failure the node asks the CRM again only after
 *       {@code outageBackoff}, or the CRM's Retry-After when that is longer.</li>
 *   <li>Local ids: accounts get a local numeric id (a Salesforce id is not a number), which the process, the scored
 *       tickets, the cooldowns and "Choose account" use.</li>
 * </ul>
 */
public class CrmAccountDirectory implements AccountDirectory {

  private static final Logger log = LoggerFactory.getLogger(CrmAccountDirectory.class);

  private final CrmClient crm;
  private final CrmAccountStore store;
  private final Duration outageBackoff;
  private final Clock clock;
  private final FreeMailDomains freeMailDomains = FreeMailDomains.load();
  private final Cache<String, Optional<Account>> byRequester;
  private final Cache<Long, Optional<Account>> byId;
  private volatile Instant heldOffUntil = Instant.MIN;

  public CrmAccountDirectory(CrmClient crm, CrmAccountStore store, Duration cacheTtl, Duration outageBackoff,
      Clock clock) {
    this.crm = crm;
    this.store = store;
    this.outageBackoff = outageBackoff;
    this.clock = clock;
    this.byRequester = cache(cacheTtl, clock);
    this.byId = cache(cacheTtl, clock);
  }

  /** Expiry by the application's clock, so a test can move time past the TTL. */
  private static <K> Cache<K, Optional<Account>> cache(Duration ttl, Clock clock) {
    return Caffeine.newBuilder()
        .expireAfterWrite(ttl)
        .maximumSize(50_000)
        .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
        .build();
  }

  @Override
  public Optional<Account> findByRequesterEmail(String email) {
    return lookUp(email).account();
  }

  @Override
  public AccountLookup lookUp(String email) {
    if (email == null || email.indexOf('@') < 1) {
      return AccountLookup.current(Optional.empty());
    }
    String requester = email.strip().toLowerCase(Locale.ROOT);
    try {
      return AccountLookup.current(byRequester.get(requester, this::loadByRequester));
    } catch (CrmUnavailableException down) {
      log.warn("Account lookup: {}; answering from the last values seen", down.getMessage());
      return store.lastSeenFor(requester)
          .map(seen -> AccountLookup.stale(seen.account(), seen.seenAt()))
          .orElseGet(AccountLookup::unavailable);
    }
  }

  @Override
  public Optional<Account> findById(long id) {
    try {
      return byId.get(id, this::loadById);
    } catch (CrmUnavailableException down) {
      log.warn("Account read: {}; answering from the last values seen", down.getMessage());
      return store.find(id).map(CrmAccountStore.Seen::account);
    }
  }

  @Override
  public List<Account> search(String query, int limit) {
    try {
      askable();
      return crm.searchByName(query, limit).stream().map(found -> remember(found)).toList();
    } catch (CrmUnavailableException down) {
      holdOff(down);
      log.warn("Account search: {}; searching the accounts seen before", down.getMessage());
      return store.searchSeen(query, limit);
    }
  }

  /**
   * Remembers a CS manager's choice here (the CRM is read-only to this app): the requester's next ticket is
   * attached to the account when the CRM knows no better.
   */
  @Override
  public boolean rememberContact(String email, long accountId) {
    if (store.find(accountId).isEmpty()) {
      return false;
    }
    String requester = email.strip().toLowerCase(Locale.ROOT);
    store.rememberRequester(requester, accountId, "linked", clock.instant());
    byRequester.invalidate(requester);
    return true;
  }

  /** Drops this node's cached answers, so the next lookups ask the CRM (after correcting data there). */
  public void evictCache() {
    byRequester.invalidateAll();
    byId.invalidateAll();
  }

  private Optional<Account> loadByRequester(String requester) {
    askable();
    try {
      Optional<CrmAccount> found = crm.findByContactEmail(requester);
      String matchedBy = "contact";
      String domain = requester.substring(requester.indexOf('@') + 1);
      if (found.isEmpty() && !freeMailDomains.contains(domain)) {
        found = crm.findByDomain(domain);
        matchedBy = "domain";
      }
      if (found.isPresent()) {
        Account account = remember(found.get());
        store.rememberRequester(requester, account.id(), matchedBy, clock.instant());
        return Optional.of(account);
      }
      Optional<CrmAccountStore.Seen> linked = store.linkedTo(requester);
      return linked.isPresent() ? byId.get(linked.get().account().id(), this::loadById) : Optional.empty();
    } catch (CrmUnavailableException down) {
      holdOff(down);
      throw down;
    }
  }

  private Optional<Account> loadById(long id) {
    Optional<CrmAccountStore.Seen> seen = store.find(id);
    if (seen.isEmpty()) {
      return Optional.empty();
    }
    askable();
    try {
      return crm.findById(seen.get().externalId()).map(found -> store.remember(found, clock.instant()));
    } catch (CrmUnavailableException down) {
      holdOff(down);
      throw down;
    }
  }

  private Account remember(CrmAccount found) {
    Account account = store.remember(found, clock.instant());
    byId.put(account.id(), Optional.of(account));
    return account;
  }

  /** Fails at once while this node holds off after a failure, so a burst does not hammer a CRM that is down. */
  private void askable() {
    Instant until = heldOffUntil;
    if (clock.instant().isBefore(until)) {
      throw new CrmUnavailableException(crm.name() + " not asked until " + until + " after a failure", null);
    }
  }

  private void holdOff(CrmUnavailableException down) {
    Duration wait = down.retryAfter().filter(retryAfter -> retryAfter.compareTo(outageBackoff) > 0)
        .orElse(outageBackoff);
    Instant until = clock.instant().plus(wait);
    if (until.isAfter(heldOffUntil)) {
      heldOffUntil = until;
    }
  }
}
