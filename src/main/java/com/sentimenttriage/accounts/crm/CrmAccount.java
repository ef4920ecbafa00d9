package com.sentimenttriage.accounts.crm;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An account as a CRM gives it, by the CRM's own id, before it gets the local id the process uses. Any value the
 * CRM does not hold (an unset property, an unmapped field) is null.
 */
public record CrmAccount(
    String externalId,
    String name,
    String plan,
    BigDecimal mrr,
    BigDecimal clv,
    LocalDate renewalDate,
    Integer healthScore,
    String csOwnerName,
    String csOwnerEmail) {
}
