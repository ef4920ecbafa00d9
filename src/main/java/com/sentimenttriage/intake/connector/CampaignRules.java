package com.sentimenttriage.intake.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.sentimenttriage.intake.HelpdeskText;
import java.util.List;
import java.util.Locale;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where each helpdesk holds a ticket's campaign or source (issue 17, campaign attribution), per helpdesk:
 * {@code triage.helpdesk.<name>.campaign-field} names a custom field or attribute (e.g. {@code utm_campaign}), and
 * {@code triage.helpdesk.<name>.campaign-tag-prefix} (default {@code campaign:}) a tag prefix, so a ticket tagged
 * {@code campaign:spring-sale} belongs to {@code spring-sale}. The field wins over the tag. Read from the
 * environment rather than bound to a properties class: the write-back binds its own settings under the same
 * {@code triage.helpdesk.<name>} prefix.
 */
@Component
public class CampaignRules {

  static final String DEFAULT_TAG_PREFIX = "campaign:";
  static final int MAX_CAMPAIGN = 200;

  private final Environment environment;

  public CampaignRules(Environment environment) {
    this.environment = environment;
  }

  /** The rule of one helpdesk. */
  public Rule of(String helpdesk) {
    return new Rule(environment.getProperty("triage.helpdesk." + helpdesk + ".campaign-field"),
        environment.getProperty("triage.helpdesk." + helpdesk + ".campaign-tag-prefix", DEFAULT_TAG_PREFIX));
  }

  /**
   * @param field the custom field, attribute or placeholder key holding the campaign; null for none
   * @param tagPrefix the prefix of a campaign tag; blank for none
   */
  public record Rule(String field, String tagPrefix) {

    /** No field, tags with the default prefix: what a connector built without Spring uses. */
    public static final Rule DEFAULT = new Rule(null, DEFAULT_TAG_PREFIX);

    /**
     * The campaign: the field's value in the first of {@code holders} that has it (as a property, or as an entry
     * of a {@code custom_fields} array with that id or name, Zendesk's and Freshdesk's shape), else the first tag
     * with the prefix; null when neither is there.
     */
    public String campaign(List<JsonNode> holders, List<String> tags) {
      if (field != null && !field.isBlank()) {
        for (JsonNode holder : holders) {
          String value = fieldValue(holder, field.strip());
          if (value != null) {
            return value;
          }
        }
      }
      if (tagPrefix != null && !tagPrefix.isBlank()) {
        String prefix = tagPrefix.strip().toLowerCase(Locale.ROOT);
        for (String tag : tags) {
          if (tag.toLowerCase(Locale.ROOT).startsWith(prefix) && tag.length() > prefix.length()) {
            return HelpdeskText.cap(tag.substring(prefix.length()).strip(), MAX_CAMPAIGN);
          }
        }
      }
      return null;
    }

    /** The campaign of one ticket object whose tags are in {@code tagsField} (the backfill's Zendesk export). */
    public String campaign(JsonNode ticket, String tagsField) {
      return campaign(List.of(ticket), Payloads.tags(ticket, tagsField));
    }

    private static String fieldValue(JsonNode holder, String field) {
      if (holder == null || !holder.isObject()) {
        return null;
      }
      String direct = capped(Payloads.text(holder, field));
      if (direct != null) {
        return direct;
      }
      for (String container : List.of("custom_fields", "custom_attributes")) {
        JsonNode fields = holder.get(container);
        if (fields != null && fields.isObject()) {
          String value = capped(Payloads.text(fields, field));
          if (value != null) {
            return value;
          }
        } else if (fields != null && fields.isArray()) {
          for (JsonNode entry : fields) {
            if (field.equals(Payloads.text(entry, "id")) || field.equals(Payloads.text(entry, "name"))) {
              String value = capped(Payloads.text(entry, "value"));
              if (value != null) {
                return value;
              }
            }
          }
        }
      }
      return null;
    }

    private static String capped(String value) {
      return value == null ? null : HelpdeskText.cap(value, MAX_CAMPAIGN);
    }
  }
}
