package com.sentimenttriage.accounts;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An account as the REST API reads and writes it, with its e-mail domains and known contacts. */
public record AccountResource(
    @NotNull(message = "id is required") @Min(value = 1, message = "id must be positive") Long id,
    @NotBlank(message = "name is required") @Size(max = 200, message = "name has at most 200 characters")
    String name,
    @NotBlank(message = "plan is required") @Size(max = 50, message = "plan has at most 50 characters")
    String plan,
    @NotNull(message = "mrr is required") @DecimalMin(value = "0", message = "mrr must not be negative")
    BigDecimal mrr,
    @DecimalMin(value = "0", message = "clv must not be negative") BigDecimal clv,
    LocalDate renewalDate,
    @Min(value = 0, message = "healthScore is 0-100") @Max(value = 100, message = "healthScore is 0-100")
    Integer healthScore,
    @Size(max = 200, message = "csOwnerName has at most 200 characters") String csOwnerName,
    @Email(message = "csOwnerEmail must be an e-mail address") String csOwnerEmail,
    @Size(max = 200, message = "csManagerName has at most 200 characters") String csManagerName,
    @Email(message = "csManagerEmail must be an e-mail address") String csManagerEmail,
    List<@Pattern(regexp = "[a-z0-9.-]+\\.[a-z]{2,}", message = "domains are lower-case host names") String> domains,
    List<@Email(message = "contacts must be e-mail addresses") String> contacts) {

  public AccountResource {
    domains = domains == null ? List.of() : List.copyOf(domains);
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
  }

  Account account() {
    return new Account(id, name, plan, mrr, clv, renewalDate, healthScore, csOwnerName, csOwnerEmail,
        csManagerName, csManagerEmail);
  }

  static AccountResource of(Account a, List<String> domains, List<String> contacts) {
    return new AccountResource(a.id(), a.name(), a.plan(), a.mrr(), a.clv(), a.renewalDate(), a.healthScore(),
        a.csOwnerName(), a.csOwnerEmail(), a.csManagerName(), a.csManagerEmail(), domains, contacts);
  }
}
