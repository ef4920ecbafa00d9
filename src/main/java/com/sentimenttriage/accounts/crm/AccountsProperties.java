package com.sentimenttriage.accounts.crm;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where accounts come from (configuration {@code triage.accounts.*}, docs/accounts.md). Credentials are set only
 * through the environment (TRIAGE_ACCOUNTS_HUBSPOT_ACCESS_TOKEN, TRIAGE_ACCOUNTS_SALESFORCE_CLIENT_SECRET, ...);
 * application.yaml names the variables and holds no value.
 *
 * @param source         tables (the app's own tables, the default and the demo), hubspot or salesforce
 * @param cacheTtl       how long a node keeps a CRM answer: the bound on how stale a cached account may be
 * @param outageBackoff  after a failed CRM call, how long this node answers from the last values seen without asking
 *                       the CRM again (a longer Retry-After wins)
 */
@ConfigurationProperties("triage.accounts")
public record AccountsProperties(
    @DefaultValue("tables") Source source,
    @DefaultValue("15m") Duration cacheTtl,
    @DefaultValue("30s") Duration outageBackoff,
    @DefaultValue("10s") Duration timeout,
    @DefaultValue HubSpot hubspot,
    @DefaultValue Salesforce salesforce) {

  public enum Source { TABLES, HUBSPOT, SALESFORCE }

  /**
   * HubSpot with a private app's access token (scopes crm.objects.contacts.read, crm.objects.companies.read,
   * crm.objects.owners.read).
   *
   * @param properties the company properties that hold each value
   */
  public record HubSpot(
      @DefaultValue("https://api.hubapi.com") URI apiUrl,
      String accessToken,
      @DefaultValue HubSpotProperties properties) {
  }

  /**
   * Company property names; blank leaves the value out. Defaults: HubSpot's own {@code name}, {@code domain} and
   * {@code hubspot_owner_id}, and custom properties named plainly for the rest.
   */
  public record HubSpotProperties(
      @DefaultValue("name") String name,
      @DefaultValue("domain") String domain,
      @DefaultValue("mrr") String mrr,
      @DefaultValue("") String clv,
      @DefaultValue("renewal_date") String renewal,
      @DefaultValue("health_score") String health,
      @DefaultValue("plan") String plan,
      @DefaultValue("hubspot_owner_id") String owner) {
  }

  /**
   * Salesforce's REST API through a connected app: the client-credentials flow (client id and secret), or the JWT
   * bearer flow when {@code username} and {@code private-key} are set.
   *
   * @param instanceUrl the org's My Domain URL; the token response's instance_url wins when it names one
   * @param privateKey  PKCS#8 PEM key whose certificate is uploaded to the connected app (JWT bearer flow)
   * @param audience    the JWT's aud: https://login.salesforce.com, or https://test.salesforce.com for a sandbox
   */
  public record Salesforce(
      URI instanceUrl,
      @DefaultValue("https://login.salesforce.com/services/oauth2/token") URI tokenUrl,
      String clientId,
      String clientSecret,
      String username,
      String privateKey,
      @DefaultValue("https://login.salesforce.com") String audience,
      @DefaultValue("v65.0") String apiVersion,
      @DefaultValue SalesforceFields fields) {

    public boolean usesJwtBearer() {
      return username != null && !username.isBlank() && privateKey != null && !privateKey.isBlank();
    }
  }

  /**
   * Account field API names (relationship paths such as {@code Owner.Email} allowed); blank leaves the value out.
   * The renewal is the account's field, else the next open Opportunity of {@code renewalOpportunityType}.
   */
  public record SalesforceFields(
      @DefaultValue("Name") String name,
      @DefaultValue("Website") String website,
      @DefaultValue("MRR__c") String mrr,
      @DefaultValue("") String clv,
      @DefaultValue("Renewal_Date__c") String renewal,
      @DefaultValue("Health_Score__c") String health,
      @DefaultValue("Plan__c") String plan,
      @DefaultValue("Owner.Name") String ownerName,
      @DefaultValue("Owner.Email") String ownerEmail,
      @DefaultValue("Renewal") String renewalOpportunityType) {
  }
}
