package com.sentimenttriage.accounts;

import java.util.List;
import java.util.Optional;

/**
 * Where accounts come from. The built-in implementation ({@link JdbcAccountDirectory}) reads the app's own
 * tables; with {@code triage.accounts.source=hubspot|salesforce} a CRM directory ({@code accounts.crm}) replaces it
 * as the {@code @Primary} bean (see docs/accounts.md). Everything else, the process included, sees only this interface.
 */
public interface AccountDirectory {

  /**
   * The account a requester belongs to: a known contact first, then the e-mail's company domain, never a
   * free-mail domain such as gmail.com.
   */
  Optional<Account> findByRequesterEmail(String email);

  /**
   * {@link #findByRequesterEmail}, saying also whether the values are current. A directory that can be unreachable
   * (a CRM) answers from the values it saw last and says since when; the tables are always current.
   */
  default AccountLookup lookUp(String email) {
    return AccountLookup.current(findByRequesterEmail(email));
  }

  /**
   * Accounts whose name contains {@code query}, any case, for a CS manager choosing the account of a ticket. A
   * directory that cannot search keeps the default, which finds none.
   */
  default List<Account> search(String query, int limit) {
    return List.of();
  }

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
