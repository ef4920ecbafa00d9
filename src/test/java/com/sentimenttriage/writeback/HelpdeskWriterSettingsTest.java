package com.sentimenttriage.writeback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The writers as Spring makes them: beans found by the framework's {@code List<HelpdeskWriter>}, credentials bound
 * from environment variables (relaxed binding), the documented defaults, and nothing configured without them.
 */
class HelpdeskWriterSettingsTest {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withBean(Clock.class, Clock::systemUTC)
      .withUserConfiguration(FreshdeskWriter.class, IntercomWriter.class);

  private static ApplicationContextRunner environment(ApplicationContextRunner runner, Map<String, Object> variables) {
    return runner.withInitializer(app -> app.getEnvironment().getPropertySources().addAfter(
        StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
        new SystemEnvironmentPropertySource("test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)));
  }

  @Test
  void withoutCredentialsBothWritersExistButNeitherIsConfigured() {
    context.run(app -> {
      List<HelpdeskWriter> writers = List.copyOf(app.getBeansOfType(HelpdeskWriter.class).values());
      assertThat(writers).extracting(HelpdeskWriter::source).containsExactlyInAnyOrder("freshdesk", "intercom");
      assertThat(writers).noneMatch(HelpdeskWriter::configured);
    });
  }

  @Test
  void credentialsFromTheEnvironmentConfigureThemWithTheDocumentedDefaults() {
    environment(context, Map.of(
        "TRIAGE_HELPDESK_FRESHDESK_API_URL", "https://acme.freshdesk.com",
        "TRIAGE_HELPDESK_FRESHDESK_API_KEY", "fd-key",
        "TRIAGE_HELPDESK_FRESHDESK_GROUPS_SENIOR", "4200",
        "TRIAGE_HELPDESK_INTERCOM_ACCESS_TOKEN", "ic-token",
        "TRIAGE_HELPDESK_INTERCOM_ADMIN_ID", "991267618")).run(app -> {
          assertThat(app.getBean(FreshdeskWriter.class).configured()).isTrue();
          assertThat(app.getBean(IntercomWriter.class).configured()).isTrue();
          FreshdeskProperties freshdesk = app.getBean(FreshdeskProperties.class);
          assertThat(freshdesk.fields().frustration()).isEqualTo("cf_frustration");
          assertThat(freshdesk.fields().explanation()).isEqualTo("cf_triage_explanation");
          assertThat(freshdesk.groups()).containsEntry("senior", 4200L);
          assertThat(freshdesk.tagPrefix()).isEqualTo("st_");
          IntercomProperties intercom = app.getBean(IntercomProperties.class);
          assertThat(intercom.apiUrl()).hasToString("https://api.intercom.io");
          assertThat(intercom.version()).isEqualTo("2.11");
          assertThat(intercom.attributes().frustration()).isEqualTo("Frustration");
        });
  }

  @Test
  void aFieldNameIsConfigurable() {
    context.withPropertyValues("triage.helpdesk.freshdesk.fields.frustration=cf_upset_score",
            "triage.helpdesk.intercom.attributes.label=Mood")
        .run(app -> {
          assertThat(app.getBean(FreshdeskProperties.class).fields().frustration()).isEqualTo("cf_upset_score");
          assertThat(app.getBean(IntercomProperties.class).attributes().label()).isEqualTo("Mood");
        });
  }
}
