package com.sentimenttriage.accounts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A customer account as the escalation gate, the priority and the CS alert need it. */
public record Account(
    long id,
    String name,
    String plan,
    BigDecimal mrr,
    BigDecimal clv,
    LocalDate renewalDate,
    Integer healthScore,
    String csOwnerName,
    String csOwnerEmail,
    String csManagerName,
    String csManagerEmail) {

  /** An account without customer lifetime value or CS manager name, as the first version of the table had it. */
  public Account(long id, String name, String plan, BigDecimal mrr, LocalDate renewalDate, Integer healthScore,
      String csOwnerName, String csOwnerEmail, String csManagerEmail) {
    this(id, name, plan, mrr, null, renewalDate, healthScore, csOwnerName, csOwnerEmail, null, csManagerEmail);
  }
}
