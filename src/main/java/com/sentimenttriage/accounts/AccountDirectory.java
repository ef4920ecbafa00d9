package com.sentimenttriage.accounts;

import java.util.Optional;

/**
 * Where accounts come from. The built-in implementation ({@link JdbcAccountDirectory}) reads the app's own
 * tables; a CRM connector (Salesforce, HubSpot) replaces it by providing another bean of this type, marked
 * {@code @Primary} (see docs/accounts.md). Everything else, the process included, sees only this interface.
 */
public interface AccountDirectory {

  /**
   * The account a requester belongs to: a known contact first, then the e-mail's company domain, never a
   * free-mail domain such as gmail.com.
   */
  Optional<Account> findByRequesterEmail(String email);

  Optional<Account> findById(long id);

  /**
   * Remembers that a requester belongs to an account, so their next ticket is attached at once. Called when a CS
   * manager links an unattached ticket. Returns false when the account does not exist. A read-only directory
   * (a CRM the app may not write to) keeps the default, which refuses.
   */
  default boolean rememberContact(String email, long accountId) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot remember contacts");
  }
}
