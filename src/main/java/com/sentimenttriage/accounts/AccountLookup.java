package com.sentimenttriage.accounts;

import java.time.Instant;
import java.util.Optional;

/**
 * What a requester lookup found, and how fresh it is.
 *
 * @param account          the requester's account, if any
 * @param staleSince       null when the values are current; otherwise when they were last read from the CRM, which
 *                         is down or rate-limiting now, so the lookup answered with the values it saw then
 * @param sourceUnavailable true when the source could not be asked at all; with no account, "not found" is then
 *                         not an answer, and the caller may try again later
 */
public record AccountLookup(Optional<Account> account, Instant staleSince, boolean sourceUnavailable) {

  public static AccountLookup current(Optional<Account> account) {
    return new AccountLookup(account, null, false);
  }

  public static AccountLookup stale(Account account, Instant seenAt) {
    return new AccountLookup(Optional.of(account), seenAt, true);
  }

  public static AccountLookup unavailable() {
    return new AccountLookup(Optional.empty(), null, true);
  }

  public boolean isStale() {
    return staleSince != null;
  }
}
