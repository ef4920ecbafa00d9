package com.sentimenttriage.gating.calibration;

import static com.sentimenttriage.gating.calibration.GateTables.PAYING_FRUSTRATION;
import static com.sentimenttriage.gating.calibration.GateTables.PAYING_MRR;
import static com.sentimenttriage.gating.calibration.GateTables.VERY_FRUSTRATED_FRUSTRATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The recipe's numbers come from the gate table, and a table that lost the recipe's shape is refused by name. */
class GateTableReaderTest {

  @TempDir
  Path dir;

  @Test
  void readsTheRecipeFromTheShippedTable() throws IOException {
    // escalation-gate.dmn: "frustration >= 65 and MRR >= 1000" and "frustration >= 80 whatever the MRR"
    assertThat(GateTableReader.shipped()).isEqualTo(new GateRecipe(65, 1000, 15));
  }

  @Test
  void followsTheTableAfterAnAdminChangedItsThresholds() throws IOException {
    Path table = GateTables.edited(dir, Map.of(PAYING_FRUSTRATION, ">= 70", PAYING_MRR, ">= 2000",
        VERY_FRUSTRATED_FRUSTRATION, ">= 80"));

    assertThat(GateTableReader.read(table)).isEqualTo(new GateRecipe(70, 2000, 10));
  }

  @Test
  void aFractionalFrustrationThresholdCountsFromTheNextWholeNumber() throws IOException {
    Path table = GateTables.edited(dir, Map.of(PAYING_FRUSTRATION, ">= 64.5", PAYING_MRR, ">= 1500.50"));

    assertThat(GateTableReader.read(table)).isEqualTo(new GateRecipe(65, 1500.5, 15));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // the paying-account rule also tests the plan, so it is no longer the recipe's rule
      "InputEntry_FrustratedPayingAccount_Plan    | \"Enterprise\" | expected one ALERT rule testing only "
          + "frustration >= T and mrr >= F (frustrated paying account), found none",
      "InputEntry_VeryFrustrated_Frustration      | [80..100]      | expected frustration >= V in rule "
          + "Rule_VeryFrustrated, found '[80..100]'",
      "InputEntry_FrustratedPayingAccount_Mrr     | > 1000         | expected mrr >= F in rule "
          + "Rule_FrustratedPayingAccount, found '> 1000'",
      "InputEntry_VeryFrustrated_Frustration      | >= 60          | expected the very-frustrated threshold V (60, "
          + "rule Rule_VeryFrustrated) above the paying-account threshold T (65, rule Rule_FrustratedPayingAccount)",
  })
  void refusesATableThatLostTheRecipesShapeNamingWhatWasExpected(String cell, String text, String expected)
      throws IOException {
    Path table = GateTables.edited(dir, Map.of(cell, text));

    assertThatThrownBy(() -> GateTableReader.read(table))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(expected);
  }

  @Test
  void aFileThatIsNoDmnIsRefused() {
    assertThatThrownBy(() -> GateTableReader.read(new ByteArrayInputStream("a,b\n".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a DMN table");
  }
}
