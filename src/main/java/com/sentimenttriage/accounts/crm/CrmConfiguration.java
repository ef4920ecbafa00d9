package com.sentimenttriage.accounts.crm;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * With {@code triage.accounts.source=hubspot} or {@code salesforce}, the CRM's directory replaces the tables as the
 * {@code @Primary} {@link com.sentimenttriage.accounts.AccountDirectory}. The tables, their admin API and import
 * stay as they are.
 */
@Configuration
@EnableConfigurationProperties(AccountsProperties.class)
public class CrmConfiguration {

  @Bean
  @Primary
  @ConditionalOnProperty(name = "triage.accounts.source", havingValue = "hubspot")
  public CrmAccountDirectory hubSpotAccountDirectory(AccountsProperties properties, JdbcTemplate jdbc,
      PlatformTransactionManager transactions, Clock clock) {
    return directory(new HubSpotClient(properties.hubspot(), properties.timeout(), clock), properties, jdbc,
        transactions, clock);
  }

  @Bean
  @Primary
  @ConditionalOnProperty(name = "triage.accounts.source", havingValue = "salesforce")
  public CrmAccountDirectory salesforceAccountDirectory(AccountsProperties properties, JdbcTemplate jdbc,
      PlatformTransactionManager transactions, Clock clock) {
    return directory(new SalesforceClient(properties.salesforce(), properties.timeout(), clock), properties, jdbc,
        transactions, clock);
  }

  private static CrmAccountDirectory directory(CrmClient client, AccountsProperties properties, JdbcTemplate jdbc,
      PlatformTransactionManager transactions, Clock clock) {
    return new CrmAccountDirectory(client, new CrmAccountStore(client.name(), jdbc, transactions),
        properties.cacheTtl(), properties.outageBackoff(), clock);
  }
}
