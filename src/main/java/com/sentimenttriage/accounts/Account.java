package com.sentimenttriage.accounts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A customer account as the escalation gate and the CS alert need it. */
public record Account(
    long id,
    String name,
    String plan,
    BigDecimal mrr,
    LocalDate renewalDate,
    Integer healthScore,
    String csOwnerName,
    String csOwnerEmail,
    String csManagerEmail) {
}
