package com.sentimenttriage.scoring.engine;

import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertDetected;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertFrustrationAtLeast;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertNegative;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertNeutral;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertPositive;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertTopic;
import static com.sentimenttriage.scoring.engine.Language.GERMAN;

import org.junit.jupiter.api.Test;

/**
 * German one-line expectations in Lucene's manner, written for these tests (none is taken from an evaluation set):
 * each states what a German-speaking support lead would read in the text.
 */
class GermanScoringTest {

  @Test
  void complaintIsNegative() {
    assertNegative(GERMAN, "Der Service ist schlecht und die App viel zu langsam.");
  }

  @Test
  void praiseIsPositive() {
    assertPositive(GERMAN, "Der Support war sehr hilfreich, vielen Dank!");
  }

  @Test
  void reviewPraiseIsPositive() {
    assertPositive(GERMAN, "Tolle Qualität, schnelle Lieferung, klare Kaufempfehlung!");
  }

  @Test
  void thanksForAFixIsPositive() {
    assertPositive(GERMAN, "Das Team hat das Problem schnell behoben, top!");
  }

  @Test
  void plainQuestionIsNeutral() {
    assertNeutral(GERMAN, "Können Sie mir sagen, wie ich mein Passwort ändere?");
  }

  @Test
  void politeSalutationAndSignOffAreNeutral() {
    assertNeutral(GERMAN, "Sehr geehrte Damen und Herren, anbei die Unterlagen. Mit freundlichen Grüßen");
  }

  @Test
  void nichtBeforePraiseNegates() {
    assertNegative(GERMAN, "Das Produkt ist nicht gut.");
  }

  @Test
  void nichtBeforeComplaintMakesItPraise() {
    assertPositive(GERMAN, "Das war gar nicht schlecht.");
  }

  @Test
  void nieBeforePraiseNegates() {
    assertNegative(GERMAN, "Der Chat war noch nie hilfreich.");
  }

  @Test
  void keinProblemIsPositive() {
    assertPositive(GERMAN, "Kein Problem, das klappt jetzt wunderbar.");
  }

  @Test
  void keineHilfeIsNegative() {
    assertNegative(GERMAN, "Der Mitarbeiter war leider keine Hilfe.");
  }

  @Test
  void postposedNichtNegatesTheVerb() {
    assertNegative(GERMAN, "Ihre Anleitung hilft nicht.");
  }

  @Test
  void postposedNichtReachesPastAPronoun() {
    assertNegative(GERMAN, "Der Support hilft uns nicht.");
  }

  @Test
  void postposedNichtDoesNotTurnLeiderAround() {
    assertNegative(GERMAN, "Es funktioniert leider nicht.");
  }

  @Test
  void nichtAfterLeiderStillNegatesTheWordAfterIt() {
    assertNegative(GERMAN, "Ich bin leider nicht zufrieden.");
  }

  @Test
  void keineAfterLeiderStillNegatesThePraiseAfterIt() {
    assertNegative(GERMAN, "Leider keine gute Lösung.");
  }

  @Test
  void funktioniertNichtIsNegative() {
    assertNegative(GERMAN, "Der Export funktioniert nicht.");
  }

  @Test
  void klapptNichtAndGehtNichtAreNegative() {
    assertNegative(GERMAN, "Die Anmeldung klappt nicht, der Upload geht nicht.");
  }

  @Test
  void clauseAfterAberDominates() {
    assertNegative(GERMAN, "Tolles Produkt, aber die Synchronisation ist kaputt.");
  }

  @Test
  void clauseAfterJedochDominates() {
    assertNegative(GERMAN, "Die Idee ist gut, jedoch ist die Umsetzung katastrophal.");
  }

  @Test
  void clauseAfterAllerdingsDominates() {
    assertNegative(GERMAN, "Die Lieferung war schnell, allerdings ist das Gerät defekt.");
  }

  @Test
  void clauseAfterTrotzdemDominates() {
    assertPositive(GERMAN, "Die App ist etwas langsam, trotzdem bin ich zufrieden.");
  }

  @Test
  void stillWaitingIsFrustrated() {
    assertFrustrationAtLeast(GERMAN, "Ich warte immer noch auf eine Antwort, das ist inakzeptabel.", 50);
  }

  @Test
  void askedThreeTimesIsFrustrated() {
    assertFrustrationAtLeast(GERMAN, "Ich habe bereits dreimal nachgefragt und niemand meldet sich.", 50);
  }

  @Test
  void writingForTheThirdTimeIsNegative() {
    assertNegative(GERMAN, "Zum dritten Mal schreibe ich Ihnen wegen derselben Rechnung.");
  }

  @Test
  void schonWiederIsNegative() {
    assertNegative(GERMAN, "Schon wieder ist die Seite nicht erreichbar.");
  }

  @Test
  void patienceAtAnEndIsFrustrated() {
    assertFrustrationAtLeast(GERMAN, "Meine Geduld ist am Ende, bitte eskalieren Sie das.", 50);
  }

  @Test
  void sarcasticPraiseIsNegative() {
    assertNegative(GERMAN, "Na toll, schon wieder abgestürzt.");
  }

  @Test
  void thanksForNothingIsNegative() {
    assertNegative(GERMAN, "Danke für nichts.");
  }

  @Test
  void notRefundedIsNegative() {
    assertNegative(GERMAN, "Der Betrag wurde nicht erstattet.");
  }

  @Test
  void notRefundedAtOnceIsNegative() {
    assertNegative(GERMAN, "Der Betrag wurde nicht sofort erstattet.");
  }

  @Test
  void refusingARefundIsNegative() {
    assertNegative(GERMAN, "Sie wollen das Geld nicht erstatten.");
  }

  @Test
  void textTypedWithoutUmlautsStillScores() {
    assertNegative(GERMAN, "Ich bin enttauscht, die Ruckerstattung fehlt immer noch.");
  }

  @Test
  void doubleChargeIsBilling() {
    assertTopic(GERMAN, "Uns wurde doppelt abgebucht, bitte um Rückerstattung.", "billing");
  }

  @Test
  void switchingProviderIsChurnThreat() {
    assertTopic(GERMAN, "Wir überlegen, zu einem anderen Anbieter zu wechseln.", "churn-threat");
  }

  @Test
  void cancellingTheSubscriptionIsChurnThreat() {
    assertTopic(GERMAN, "Ich möchte mein Abo kündigen.", "churn-threat");
  }

  @Test
  void vanishedDataIsDataIntegrity() {
    assertTopic(GERMAN, "Seit dem Update sind alle Daten weg.", "data-integrity");
  }

  @Test
  void hackedAccountIsSecurityOrLegal() {
    assertTopic(GERMAN, "Unser Konto wurde gehackt, wir prüfen rechtliche Schritte.", "security-legal");
  }

  @Test
  void missingWebhooksAreIntegrationFailure() {
    assertTopic(GERMAN, "Die Webhooks kommen nicht an.", "integration-failure");
  }

  @Test
  void failedLoginIsCoreWorkflowFailure() {
    assertTopic(GERMAN, "Ich kann mich nicht anmelden.", "core-workflow-failure");
  }

  @Test
  void clumsyInterfaceIsGeneralAnnoyance() {
    assertTopic(GERMAN, "Die Oberfläche ist unübersichtlich und umständlich.", "general-annoyance");
  }

  @Test
  void refundComplaintIsDetectedAsGerman() {
    assertDetected(GERMAN, "Ich warte seit zwei Wochen auf meine Rückerstattung und niemand meldet sich.");
  }

  @Test
  void syncFailureWithEnglishProductWordsIsDetectedAsGerman() {
    assertDetected(GERMAN, "Der Webhook für unser CRM funktioniert seit dem letzten Update nicht mehr.");
  }
}
