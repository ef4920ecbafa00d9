package com.sentimenttriage.scoring.engine;

import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertDetected;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertFrustrationAtLeast;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertNegative;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertNeutral;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertPositive;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertTopic;

import org.junit.jupiter.api.Test;

/**
 * One-line expectations for Dutch (issue 21), on the shipped data in {@code scoring/nl/}. Sentences written for
 * these tests, not taken from any evaluation set.
 */
class DutchScoringTest {
  private static final Language NL = Language.DUTCH;

  @Test
  void complaintsAreNegative() {
    assertNegative(NL, "De klantenservice is waardeloos.");
    assertNegative(NL, "Wat een slechte ervaring, ik ben erg teleurgesteld.");
    assertNegative(NL, "Het pakket kwam kapot aan en niemand reageert.");
  }

  @Test
  void praiseIsPositive() {
    assertPositive(NL, "Supersnelle levering en vriendelijke medewerkers, top!");
    assertPositive(NL, "Heel erg bedankt voor de snelle hulp!");
    assertPositive(NL, "Prima app, werkt perfect.");
  }

  @Test
  void plainRequestsAreNeutral() {
    assertNeutral(NL, "Ik wil graag mijn adres wijzigen.");
    assertNeutral(NL, "Ik heb een vraag over mijn factuur van maart.");
    assertNeutral(NL, "Beste klantenservice, kunt u mij het ordernummer sturen? Met vriendelijke groet");
  }

  @Test
  void nietAfterTheVerbNegatesIt() {
    assertNegative(NL, "De app werkt niet.");
    assertNegative(NL, "Het bevalt me niet.");
    assertNegative(NL, "Het werkt nooit.");
    assertNegative(NL, "Het werkt helaas niet.");
  }

  @Test
  void nietAndGeenBeforeAWordNegateIt() {
    assertNegative(NL, "Ik ben niet tevreden over de levering.");
    assertNegative(NL, "De medewerker was weinig behulpzaam.");
    assertPositive(NL, "Geen probleem, alles is opgelost.");
    assertPositive(NL, "Dat is helemaal niet slecht.");
    assertPositive(NL, "Sinds de update nooit meer problemen gehad.");
  }

  @Test
  void compoundsAreListedAsWords() {
    assertNegative(NL, "Wat een klantonvriendelijk bedrijf.");
    assertNegative(NL, "Echt tijdverspilling.");
    assertPositive(NL, "Topservice en een gebruiksvriendelijke app.");
  }

  @Test
  void theClauseAfterContrastDominates() {
    assertNegative(NL, "Het product is mooi, maar de levering was een ramp.");
    assertPositive(NL, "De prijs is hoog, toch ben ik heel tevreden.");
    assertPositive(NL, "Eerst was het lastig, echter nu werkt alles perfect.");
  }

  @Test
  void praiseBesideAComplaintIsSarcastic() {
    assertNegative(NL, "Geweldig hoor, weer een storing.");
    assertPositive(NL, "Geweldig, bedankt voor de snelle hulp!");
  }

  @Test
  void politeButAngrySupportProse() {
    assertNegative(NL, "Nog steeds geen antwoord op mijn mail van vorige week.");
    assertNegative(NL, "Alweer een storing, voor de derde keer deze maand.");
    assertFrustrationAtLeast(NL, "Ik wacht nog steeds, dit is al de derde keer dat ik mail.", 40);
    assertFrustrationAtLeast(NL, "Hoe vaak moet ik dit nog vragen? Dit is onacceptabel!", 40);
  }

  @Test
  void topicsAreFoundInDutch() {
    assertTopic(NL, "Ik ben twee keer afgeschreven voor hetzelfde abonnement.", "billing");
    assertTopic(NL, "Als dit zo doorgaat, gaan we ons abonnement opzeggen.", "churn-threat");
    assertTopic(NL, "De synchronisatie werkt niet sinds gisteren.", "integration-failure");
    assertTopic(NL, "Na de migratie zijn al onze gegevens verdwenen.", "data-integrity");
    assertTopic(NL, "Sinds vanochtend kan ik niet inloggen.", "core-workflow-failure");
    assertTopic(NL, "We vermoeden een datalek in ons account.", "security-legal");
  }

  @Test
  void ticketsAreDetectedAsDutch() {
    assertDetected(Language.DUTCH, "Goedemiddag, ik wacht nog steeds op een antwoord over mijn terugbetaling.");
    assertDetected(Language.DUTCH, "De klantenservice reageert nooit, dit is echt belachelijk.");
  }
}
