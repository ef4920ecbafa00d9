package com.sentimenttriage.accounts;

import java.util.Optional;

/**
 * Where accounts come from. The built-in implementation reads the app's own tables; a CRM connector
 * (Salesforce, HubSpot) replaces it by providing another bean of this type.
 */
public interface AccountDirectory {

  /** The account a requester belongs to: a known contact first, then the e-mail's company domain. */
  Optional<Account> findByRequesterEmail(String email);

  Optional<Account> findById(long id);
}
