package com.sentimenttriage.alerting;

import java.util.Locale;
import java.util.Optional;
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

  public void configure(String csOwnerEmail, String webhookUrl) {
    String owner = normalize(csOwnerEmail);
    if (jdbc.update("update cs_owner_webhook set webhook_url = ? where cs_owner_email = ?", webhookUrl, owner) == 0) {
      jdbc.update("insert into cs_owner_webhook (cs_owner_email, webhook_url) values (?, ?)", owner, webhookUrl);
    }
  }

  public void remove(String csOwnerEmail) {
    jdbc.update("delete from cs_owner_webhook where cs_owner_email = ?", normalize(csOwnerEmail));
  }

  private static String normalize(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }
}
