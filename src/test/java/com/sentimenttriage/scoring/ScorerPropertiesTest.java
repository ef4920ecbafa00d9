package com.sentimenttriage.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.scoring.engine.Language;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ScorerPropertiesTest {

  @Test
  void namesEnglishAsBeforeAndOtherLanguagesByTheirCode() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty("triage.scoring.extra-lexicon", "/lexicons/en.tsv")
        .withProperty("triage.scoring.de.extra-lexicon", "/lexicons/de.tsv")
        .withProperty("triage.scoring.fr.extra-lexicon", " ");

    assertThat(ScorerProperties.extraLexicons(environment)).isEqualTo(Map.of(
        Language.ENGLISH, Path.of("/lexicons/en.tsv"), Language.GERMAN, Path.of("/lexicons/de.tsv")));
  }
}
