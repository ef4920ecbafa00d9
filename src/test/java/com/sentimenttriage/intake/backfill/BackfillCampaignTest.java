package com.sentimenttriage.intake.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.intake.PersonalDataMasker;
import com.sentimenttriage.intake.connector.CampaignRules;
import com.sentimenttriage.scoring.engine.SentimentScorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Issue 17: the backfill imports each ticket's campaign into scored_ticket, like the webhooks. */
class BackfillCampaignTest {

  private JdbcTemplate database() {
    String url = "jdbc:h2:mem:backfill-campaign-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
    return new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
  }

  private String campaign(JdbcTemplate jdbc, String businessKey) {
    return jdbc.queryForObject("select campaign from scored_ticket where business_key = ?", String.class,
        businessKey);
  }

  @Test
  void csvAndJsonLinesCarryTheirCampaignColumn(@TempDir Path dir) throws Exception {
    JdbcTemplate jdbc = database();
    Backfill backfill = new Backfill(jdbc, SentimentScorer.withBuiltInLexicon(), new PersonalDataMasker(),
        Clock.systemUTC());
    Path csv = Files.writeString(dir.resolve("tickets.csv"), """
        ticket_id,subject,body,utm_campaign
        C-1,Broken,The export is broken again and nobody answers.,spring-sale
        C-2,Question,How do I add a user?,
        """);
    Path jsonl = Files.writeString(dir.resolve("tickets.jsonl"), """
        {"ticketId": "J-1", "body": "Love the new reports.", "campaign": "webinar-11"}
        """);

    backfill.run(csv, BackfillFormat.CSV, null, (read, total, done) -> { });
    backfill.run(jsonl, BackfillFormat.JSONL, null, (read, total, done) -> { });

    assertThat(campaign(jdbc, "generic:C-1")).isEqualTo("spring-sale");
    assertThat(campaign(jdbc, "generic:C-2")).isNull();
    assertThat(campaign(jdbc, "generic:J-1")).isEqualTo("webinar-11");
  }

  @Test
  void aZendeskExportFindsTheCampaignLikeTheWebhook(@TempDir Path dir) throws Exception {
    JdbcTemplate jdbc = database();
    Backfill backfill = new Backfill(jdbc, SentimentScorer.withBuiltInLexicon(), new PersonalDataMasker(),
        Clock.systemUTC()).withZendeskCampaigns(new CampaignRules.Rule("360001234", "campaign:"));
    Path export = Files.writeString(dir.resolve("export.json"), """
        {"tickets": [
          {"id": 41, "subject": "Refund", "description": "I want my money back.", "tags": ["campaign:black-friday"]},
          {"id": 42, "subject": "Thanks", "description": "Works now.", "tags": ["campaign:ignored"],
           "custom_fields": [{"id": 360001234, "value": "newsletter-11"}]}
        ]}
        """);

    backfill.run(export, BackfillFormat.ZENDESK_EXPORT, null, (read, total, done) -> { });

    assertThat(campaign(jdbc, "zendesk:41")).isEqualTo("black-friday");
    assertThat(campaign(jdbc, "zendesk:42")).isEqualTo("newsletter-11");
  }
}
