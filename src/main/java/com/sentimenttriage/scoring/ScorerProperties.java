package com.sentimenttriage.scoring;

import com.sentimenttriage.scoring.engine.Language;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.core.env.PropertyResolver;

/**
 * The application properties that shape the scorer, named in one place for the application and the commands that
 * build their own scorer (backfill): {@code triage.scoring.extra-lexicon} for English, as before there were other
 * languages, and {@code triage.scoring.<code>.extra-lexicon} for another ({@code triage.scoring.de.extra-lexicon}).
 * The per-language key is a level of its own rather than {@code extra-lexicon.de} because YAML cannot give one key
 * both a value and children.
 */
public final class ScorerProperties {
  private ScorerProperties() {}

  /** The property naming {@code language}'s extra lexicon file. */
  public static String extraLexicon(Language language) {
    return language == Language.ENGLISH ? "triage.scoring.extra-lexicon"
        : "triage.scoring." + language.code() + ".extra-lexicon";
  }

  /** The extra lexicon files the properties name, by language; a language without one is absent. */
  public static Map<Language, Path> extraLexicons(PropertyResolver properties) {
    Map<Language, Path> files = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String file = properties.getProperty(extraLexicon(language), "");
      if (!file.isBlank()) {
        files.put(language, Path.of(file));
      }
    }
    return files;
  }
}
