package com.sentimenttriage.accounts.crm;

import java.util.List;
import java.util.Optional;

/**
 * The four questions the account directory asks a CRM. Implementations make the HTTP calls and nothing else: no
 * cache, no retries (the lookup's job retries), no fallback ({@link CrmAccountDirectory} has those).
 *
 * @see HubSpotClient
 * @see SalesforceClient
 */
public interface CrmClient {

  /** "hubspot" or "salesforce": names the CRM in the last-seen table. */
  String name();

  /** The account of the contact with this e-mail, if the CRM knows the contact and its company. */
  Optional<CrmAccount> findByContactEmail(String email) throws CrmUnavailableException;

  /** The account whose company domain (or website) is exactly this domain. Never called for free-mail domains. */
  Optional<CrmAccount> findByDomain(String domain) throws CrmUnavailableException;

  /** The account as it is now, by the CRM's id; empty when it was deleted. */
  Optional<CrmAccount> findById(String externalId) throws CrmUnavailableException;

  /** Accounts whose name contains {@code query}, at most {@code limit}. */
  List<CrmAccount> searchByName(String query, int limit) throws CrmUnavailableException;
}
