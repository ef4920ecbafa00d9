package com.sentimenttriage.accounts;

import java.util.Optional;
import java.util.function.Predicate;

/** An account directory for process tests: one account, found for the requesters the test names. */
public final class SingleAccountDirectory implements AccountDirectory {

  private final Account account;
  private final Predicate<String> isRequester;

  public SingleAccountDirectory(Account account, Predicate<String> isRequester) {
    this.account = account;
    this.isRequester = isRequester;
  }

  @Override
  public Optional<Account> findByRequesterEmail(String email) {
    return email != null && isRequester.test(email) ? Optional.of(account) : Optional.empty();
  }

  @Override
  public Optional<Account> findById(long id) {
    return id == account.id() ? Optional.of(account) : Optional.empty();
  }
}
