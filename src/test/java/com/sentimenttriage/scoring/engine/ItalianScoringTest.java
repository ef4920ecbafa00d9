package com.sentimenttriage.scoring.engine;

import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertDetected;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertFrustrationAtLeast;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertNegative;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertNeutral;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertPositive;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertTopic;

import org.junit.jupiter.api.Test;

/**
 * One-line expectations for Italian (issue 21), on the shipped data in {@code scoring/it/}. Sentences written for
 * these tests, not taken from any evaluation set.
 */
class ItalianScoringTest {
  private static final Language IT = Language.ITALIAN;

  @Test
  void complaintsAreNegative() {
    assertNegative(IT, "Il servizio clienti è pessimo, lo sconsiglio a tutti.");
    assertNegative(IT, "L'app si blocca di continuo ed è lentissima.");
    assertNegative(IT, "Sono molto deluso, il prodotto è arrivato rotto.");
  }

  @Test
  void praiseIsPositive() {
    assertPositive(IT, "Assistenza gentilissima e veloce, problema risolto in dieci minuti!");
    assertPositive(IT, "Ottimo prodotto, funziona benissimo.");
    assertPositive(IT, "Grazie mille per l'aiuto, siete stati bravissimi.");
  }

  @Test
  void plainRequestsAreNeutral() {
    assertNeutral(IT, "Vorrei sapere come cambiare l'indirizzo di consegna.");
    assertNeutral(IT, "In allegato trovate la fattura di marzo.");
    assertNeutral(IT, "Gentile assistenza, potete inviarmi il codice del mio ordine? Cordiali saluti");
  }

  @Test
  void nonBeforeTheVerbNegates() {
    assertNegative(IT, "Il prodotto non è buono.");
    assertNegative(IT, "L'applicazione non funziona.");
    assertNegative(IT, "Non sono per niente soddisfatto del servizio.");
    assertNegative(IT, "Il supporto è stato poco professionale.");
  }

  @Test
  void negatedComplaintsArePositive() {
    assertPositive(IT, "Nessun problema con la consegna, tutto perfetto.");
    assertPositive(IT, "Installazione senza problemi.");
    assertPositive(IT, "Niente male, davvero.");
    assertPositive(IT, "Senza dubbio il migliore che abbia provato.");
    assertNegative(IT, "Non è il massimo.");
  }

  @Test
  void maiAndNienteAfterNonNegateOnce() {
    assertNegative(IT, "Non funziona mai quando serve.");
    assertNegative(IT, "Non mi piace per niente.");
  }

  @Test
  void elisionsAreSplitByTheChain() {
    assertNegative(IT, "L'assistenza è stata un'esperienza orribile.");
    assertPositive(IT, "L'ordine è arrivato in un'ottima confezione.");
  }

  @Test
  void theClauseAfterContrastDominates() {
    assertNegative(IT, "Il prodotto è bello, ma la consegna è stata un disastro.");
    assertPositive(IT, "All'inizio ero scettico, però adesso funziona benissimo.");
    assertPositive(IT, "Il prezzo è alto, tuttavia la qualità è eccellente.");
  }

  @Test
  void praiseBesideAComplaintIsSarcastic() {
    assertNegative(IT, "Perfetto, di nuovo bloccato.");
    assertPositive(IT, "Perfetto, grazie mille!");
  }

  @Test
  void politeButAngrySupportProse() {
    assertNegative(IT, "Sto ancora aspettando una risposta alla mia richiesta.");
    assertNegative(IT, "Ancora nessuna risposta dopo due settimane.");
    assertNegative(IT, "Vi scrivo per la terza volta per lo stesso rimborso.");
    assertFrustrationAtLeast(IT, "Sto ancora aspettando, vi scrivo per la terza volta.", 40);
    assertFrustrationAtLeast(IT, "Quante volte devo chiedere la stessa cosa? È inaccettabile!", 40);
  }

  @Test
  void topicsAreFoundInItalian() {
    assertTopic(IT, "Mi avete addebitato due volte lo stesso mese.", "billing");
    assertTopic(IT, "Se non risolvete entro venerdì, disdico l'abbonamento.", "churn-threat");
    assertTopic(IT, "La sincronizzazione non funziona da ieri sera.", "integration-failure");
    assertTopic(IT, "Abbiamo perso i dati di tutto il mese di ottobre.", "data-integrity");
    assertTopic(IT, "Da stamattina non riesco ad accedere al mio account.", "core-workflow-failure");
    assertTopic(IT, "Qualcuno ha avuto un accesso non autorizzato al nostro account.", "security-legal");
  }

  @Test
  void ticketsAreDetectedAsItalian() {
    assertDetected(Language.ITALIAN, "Buongiorno, sto ancora aspettando una risposta sul mio rimborso.");
    assertDetected(Language.ITALIAN, "Il servizio clienti non risponde mai, è una vergogna.");
  }
}
