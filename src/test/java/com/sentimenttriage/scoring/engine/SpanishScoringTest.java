package com.sentimenttriage.scoring.engine;

import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertDetected;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertFrustrationAtLeast;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertNegative;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertNeutral;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertPositive;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertTopic;

import org.junit.jupiter.api.Test;

/**
 * One-line expectations for Spanish, in Lucene's manner, on the shipped data in {@code scoring/es/}: hand-written
 * ticket and review sentences (none taken from an evaluation set), in European and Latin American Spanish, with
 * and without accents.
 */
class SpanishScoringTest {
  private static final Language ES = Language.SPANISH;

  @Test
  void complaintsAreNegative() {
    assertNegative(ES, "La aplicación es lentísima y se cuelga cada dos por tres.");
    assertNegative(ES, "Pésimo servicio, el pedido llegó roto y nadie se hace cargo.");
    assertNegative(ES, "Estoy harta, la computadora nueva ya está averiada.");
    assertNegative(ES, "La atencion fue pesima y el producto una porqueria.");
    assertNegative(ES, "Vaya chapuza de actualización, me ha dejado el ordenador inservible.");
  }

  @Test
  void praiseIsPositive() {
    assertPositive(ES, "Muchas gracias, el equipo de soporte fue muy amable y rápido.");
    assertPositive(ES, "Funciona de maravilla, lo recomiendo.");
    assertPositive(ES, "¡Qué chévere, ya funciona todo!");
    assertPositive(ES, "Vale, genial, el ordenador ya arranca sin problemas.");
    assertPositive(ES, "El portátil está buenísimo y la batería dura un montón.");
  }

  @Test
  void plainQuestionsAndNoticesAreNeutral() {
    assertNeutral(ES, "Quisiera saber cómo cambiar la dirección de facturación.");
    assertNeutral(ES, "Adjunto la factura del mes de marzo y el número de pedido.");
    assertNeutral(ES, "¿A qué hora abre la oficina de Madrid los sábados?");
  }

  @Test
  void negationBeforeTheVerbFlipsTheWord() {
    assertNegative(ES, "El producto no es bueno.");
    assertNegative(ES, "La exportación tampoco funciona.");
    assertNegative(ES, "Nunca me han ayudado con nada.");
    assertNegative(ES, "Es poco útil y nada intuitivo.");
    assertPositive(ES, "No está nada mal para el precio.");
  }

  @Test
  void postposedNadaWithNoBeforeNegatesOnce() {
    assertNegative(ES, "No me gustó nada el último cambio.");
    assertNegative(ES, "Esta versión no sirve para nada.");
  }

  @Test
  void theClauseAfterAContrastWordCarriesThePoint() {
    assertNegative(ES, "El diseño es bonito, pero la aplicación es lenta y se bloquea.");
    assertPositive(ES, "Tuve un problema con el pedido, sin embargo lo solucionaron rápido y muy bien.");
  }

  @Test
  void politeButImpatientSupportProseIsNegative() {
    assertNegative(ES, "Sigo esperando una respuesta desde el lunes.");
    assertNegative(ES, "Todavía no me han devuelto el dinero.");
    assertNegative(ES, "Les escribo por tercera vez por el mismo asunto.");
    assertNegative(ES, "Nadie me responde y otra vez me cobran la cuota.");
    assertFrustrationAtLeast(ES, "Sigo esperando, ya lo he pedido varias veces y nadie me contesta.", 50);
  }

  @Test
  void textTypedWithoutAccentsScoresAsWritten() {
    assertNegative(ES, "Todavia no funciona la exportacion y sigo sin respuesta.");
    assertTopic(ES, "Error de sincronizacion desde la ultima actualizacion.", "integration-failure");
  }

  @Test
  void superlativesAndSlangFromBothSidesOfTheAtlantic() {
    assertPositive(ES, "El soporte es un crack, todo está chido.");
    assertPositive(ES, "Qué guay, la nueva versión mola mucho.");
    assertNegative(ES, "Un problemón: es carísimo y encima falla.");
  }

  @Test
  void sarcasticPraiseNextToAComplaintIsNegative() {
    assertNegative(ES, "Genial, otra vez se ha caído la aplicación.");
  }

  @Test
  void spanishTicketsAreDetectedAsSpanish() {
    assertDetected(ES, "Hola, sigo esperando una respuesta sobre mi pedido, ¿me pueden ayudar por favor?");
    assertDetected(ES, "La computadora que compré no enciende y nadie del servicio técnico me contesta.");
  }

  @Test
  void topicsAreFoundInSpanish() {
    assertTopic(ES, "Me cobraron dos veces la suscripción de diciembre.", "billing");
    assertTopic(ES, "Si no lo arreglan vamos a cancelar la suscripción.", "churn-threat");
    assertTopic(ES, "No puedo iniciar sesión desde ayer.", "core-workflow-failure");
    assertTopic(ES, "Error de sincronización con el calendario otra vez.", "integration-failure");
    assertTopic(ES, "Han desaparecido los datos de todos nuestros clientes.", "data-integrity");
    assertTopic(ES, "Creemos que nos han hackeado la cuenta.", "security-legal");
  }
}
