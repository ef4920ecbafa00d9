package com.sentimenttriage.alerting;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The incoming-webhook URLs CS owners configured for chat alerts. A URL carries a token: never log it. */
@Repository
public class ChatWebhooks {

  private final JdbcTemplate jdbc;

  public ChatWebhooks(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<String> forOwner(String csOwnerEmail) {
    if (csOwnerEmail == null) {
      return Optional.empty();
    }
    return jdbc.queryForList("select webhook_url from cs_owner_webhook where cs_owner_email = ?", String.class,
        normalize(csOwnerEmail)).stream().findFirst();
  }

  /** Returns the owner as stored (trimmed, lower case). */
  public String configure(String csOwnerEmail, String webhookUrl) {
    String owner = normalize(csOwnerEmail);
    if (jdbc.update("update cs_owner_webhook set webhook_url = ? where cs_owner_email = ?", webhookUrl, owner) == 0) {
      jdbc.update("insert into cs_owner_webhook (cs_owner_email, webhook_url) values (?, ?)", owner, webhookUrl);
    }
    return owner;
  }

  /** Returns whether there was a webhook to remove. */
  public boolean remove(String csOwnerEmail) {
    return jdbc.update("delete from cs_owner_webhook where cs_owner_email = ?", normalize(csOwnerEmail)) > 0;
  }

  /** Every configured owner with their webhook URL, by owner. */
  public Map<String, String> all() {
    Map<String, String> webhooks = new TreeMap<>();
    jdbc.query("select cs_owner_email, webhook_url from cs_owner_webhook",
        rs -> {
          webhooks.put(rs.getString(1), rs.getString(2));
        });
    return webhooks;
  }

  private static String normalize(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }
}
