package com.sentimenttriage.scoring.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Support-domain signals from {@code scoring/taxonomy.tsv}, one trigger phrase per row:
 * {@code topic-key<TAB>Display name<TAB>Risk<TAB>trigger phrase[<TAB>valence]}. Adding a phrase is a data
 * change only.
 * Phrases are analyzed like ticket text and matched on stems, with every negator read as "not", so
 * "can't export" also finds "cannot export" and "exports" is "export".
 */
final class Taxonomy {
  static final String FILE = "taxonomy.tsv";
  /** The topic whose presence sets {@link TicketScore#churnRisk()}. */
  static final String CHURN_THREAT = "churn-threat";

  record Topic(String key, String displayName, RiskLevel risk) {}

  /** A trigger phrase's topic and the valence it carries when none of its words is in the lexicon. */
  record Trigger(Topic topic, float valence) {}

  private final PhraseMatcher<Trigger> matcher;
  private final Map<String, Topic> byDisplayName;

  private Taxonomy(PhraseMatcher<Trigger> matcher, Map<String, Topic> topics) {
    this.matcher = matcher;
    this.byDisplayName = new HashMap<>();
    topics.values().forEach(t -> byDisplayName.put(t.displayName().toLowerCase(Locale.ROOT), t));
  }

  /** The topic people call {@code displayName} (any case), or null when the taxonomy has none by that name. */
  Topic byDisplayName(String displayName) {
    return displayName == null ? null : byDisplayName.get(displayName.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * The taxonomy in {@code directory}; empty where {@code optional} and the file is missing. Another language's
   * file uses the English topic keys, names and risks (dashboards aggregate across languages) with its own trigger
   * phrases.
   */
  static Taxonomy load(PhraseAnalysis analysis, String directory, boolean optional) {
    Map<String, Topic> topics = new HashMap<>();
    PhraseMatcher.Builder<Trigger> builder = new PhraseMatcher.Builder<>();
    Tsv.readResource(
        directory + FILE,
        optional,
        (line, fields) -> {
          if (fields.length < 4) {
            throw new IllegalArgumentException("expected topic<TAB>display name<TAB>risk<TAB>phrase");
          }
          Topic topic = new Topic(fields[0].strip(), fields[1].strip(), RiskLevel.parse(fields[2]));
          Topic known = topics.putIfAbsent(topic.key(), topic);
          if (known != null && !known.equals(topic)) {
            throw new IllegalArgumentException("topic " + topic.key() + " is declared differently above");
          }
          String phrase = fields[3].strip();
          float valence = fields.length > 4 && !fields[4].isBlank() ? Float.parseFloat(fields[4].strip()) : 0f;
          builder.add(analysis.topicStems(phrase), new Trigger(topic, valence), phrase);
        });
    return new Taxonomy(builder.build(), topics);
  }

  /** The longest trigger phrase starting at token {@code from}, or null. */
  PhraseMatcher.Phrase<Trigger> triggerAt(String[] topicStems, int from, int size) {
    return matcher.longestAt(topicStems, from, size);
  }

  /** The topics of the triggers found in a text, highest risk first, each with the phrases that fired. */
  static List<TopicMatch> topics(List<PhraseMatcher.Phrase<Trigger>> triggers) {
    if (triggers.isEmpty()) {
      return List.of();
    }
    Map<Topic, Set<String>> found = new LinkedHashMap<>();
    for (PhraseMatcher.Phrase<Trigger> trigger : triggers) {
      found.computeIfAbsent(trigger.value().topic(), t -> new LinkedHashSet<>()).add(trigger.text());
    }
    List<TopicMatch> matches = new ArrayList<>(found.size());
    found.forEach(
        (topic, phrases) ->
            matches.add(new TopicMatch(topic.key(), topic.displayName(), topic.risk(), List.copyOf(phrases))));
    matches.sort(Comparator.comparing(TopicMatch::risk).reversed());
    return matches;
  }
}
