package com.sentimenttriage.accounts.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;

/**
 * Salesforce access tokens from the OAuth 2.0 token endpoint: the client-credentials flow (grant_type
 * client_credentials with the connected app's id and secret) or the JWT bearer flow (an RS256-signed assertion with
 * iss = client id, sub = the integration user, aud = the login URL). Neither flow issues a refresh token: a token
 * the API rejects (401 INVALID_SESSION_ID) is replaced by asking again. Thread-safe; one request when several
 * callers find the same token expired.
 */
final class SalesforceTokens {

  /** The JWT's lifetime: Salesforce accepts an assertion for up to three minutes. */
  private static final long ASSERTION_SECONDS = 180;

  record Token(String accessToken, URI instanceUrl) {
  }

  private final AccountsProperties.Salesforce properties;
  private final CrmHttp http;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();
  private Token token;

  SalesforceTokens(AccountsProperties.Salesforce properties, CrmHttp http, Clock clock) {
    if (properties.clientId() == null || properties.clientId().isBlank()) {
      throw new IllegalStateException("triage.accounts.source=salesforce needs the connected app's client id in "
          + "TRIAGE_ACCOUNTS_SALESFORCE_CLIENT_ID");
    }
    if (!properties.usesJwtBearer() && (properties.clientSecret() == null || properties.clientSecret().isBlank())) {
      throw new IllegalStateException("triage.accounts.source=salesforce needs TRIAGE_ACCOUNTS_SALESFORCE_CLIENT_SECRET"
          + " (client-credentials flow) or TRIAGE_ACCOUNTS_SALESFORCE_USERNAME and _PRIVATE_KEY (JWT bearer flow)");
    }
    this.properties = properties;
    this.http = http;
    this.clock = clock;
  }

  synchronized Token current() {
    if (token == null) {
      token = fetch();
    }
    return token;
  }

  /** A new token in place of {@code rejected}; when another caller already replaced it, that one. */
  synchronized Token replace(Token rejected) {
    if (token == null || token.equals(rejected)) {
      token = fetch();
    }
    return token;
  }

  private Token fetch() {
    String form = properties.usesJwtBearer()
        ? "grant_type=" + CrmHttp.encode("urn:ietf:params:oauth:grant-type:jwt-bearer")
            + "&assertion=" + CrmHttp.encode(assertion())
        : "grant_type=client_credentials&client_id=" + CrmHttp.encode(properties.clientId())
            + "&client_secret=" + CrmHttp.encode(properties.clientSecret());
    JsonNode body = http.require(http.send(http.postForm(properties.tokenUrl(), form), "token request"),
        "token request").body();
    String accessToken = CrmHttp.text(body.path("access_token"));
    if (accessToken == null) {
      throw new CrmUnavailableException("salesforce token request gave no access_token", null);
    }
    String instance = CrmHttp.text(body.path("instance_url"));
    URI instanceUrl = properties.instanceUrl() != null ? properties.instanceUrl()
        : instance != null ? URI.create(instance) : null;
    if (instanceUrl == null) {
      throw new IllegalStateException("Set triage.accounts.salesforce.instance-url: the token response named none");
    }
    return new Token(accessToken, instanceUrl);
  }

  /** The JWT bearer assertion, signed with the connected app's certificate key (RS256). */
  String assertion() {
    var encoder = Base64.getUrlEncoder().withoutPadding();
    var claims = json.createObjectNode()
        .put("iss", properties.clientId())
        .put("sub", properties.username())
        .put("aud", properties.audience())
        .put("exp", clock.instant().getEpochSecond() + ASSERTION_SECONDS);
    String signingInput = encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + encoder.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(privateKey(properties.privateKey()));
      rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + encoder.encodeToString(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("TRIAGE_ACCOUNTS_SALESFORCE_PRIVATE_KEY is not a PKCS#8 RSA key", e);
    }
  }

  private static PrivateKey privateKey(String pem) throws GeneralSecurityException {
    String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
  }
}
