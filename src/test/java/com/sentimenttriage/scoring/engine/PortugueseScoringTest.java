package com.sentimenttriage.scoring.engine;

import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertDetected;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertFrustrationAtLeast;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertNegative;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertNeutral;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertPositive;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertTopic;

import org.junit.jupiter.api.Test;

/**
 * One-line expectations for Portuguese, Brazilian and European, in Lucene's manner: each line is a sentence a
 * support lead would read the same way. Written for these tests, not taken from the evaluation sets.
 */
class PortugueseScoringTest {
  private static final Language PT = Language.PORTUGUESE;

  @Test
  void complaintAboutAppAndSupportIsNegative() {
    assertNegative(PT, "O aplicativo é péssimo e o suporte nunca responde.");
  }

  @Test
  void slowAndFreezingAfterUpdateIsNegative() {
    assertNegative(PT, "Depois da atualização o sistema ficou lento e trava o tempo todo.");
  }

  @Test
  void europeanComplaintIsNegative() {
    assertNegative(PT, "O serviço é uma vergonha, estou farto de esperar.");
  }

  @Test
  void brazilianTweetSlangComplaintIsNegative() {
    assertNegative(PT, "pqp, que app ruim demais, bugou tudo de novo");
  }

  @Test
  void problemSolvedWithThanksIsPositive() {
    assertPositive(PT, "Atendimento excelente, resolveram o meu problema em minutos. Obrigado!");
  }

  @Test
  void reviewWithEarlyDeliveryIsPositive() {
    assertPositive(PT, "Adorei o produto, chegou antes do prazo. Recomendo!");
  }

  @Test
  void europeanPraiseIsPositive() {
    assertPositive(PT, "O suporte foi impecável e muito simpático, está tudo óptimo.");
  }

  @Test
  void brazilianTweetSlangPraiseIsPositive() {
    assertPositive(PT, "vlw galera, ficou top demais kkkk");
  }

  @Test
  void politeQuestionIsNeutral() {
    assertNeutral(PT, "Gostaria de saber como altero o e-mail da minha conta.");
  }

  @Test
  void dearCustomerIsASalutationNotAPrice() {
    assertNeutral(PT, "Caro cliente, enviamos a fatura do mês de março em anexo.");
  }

  @Test
  void greetingAndDeliveryQuestionIsNeutral() {
    assertNeutral(PT, "Bom dia, qual é o prazo de entrega para Lisboa?");
  }

  @Test
  void doesNotWorkIsNegative() {
    assertNegative(PT, "Não funciona.");
  }

  @Test
  void negatedPraiseIsNegative() {
    assertNegative(PT, "O produto não é bom.");
  }

  @Test
  void negatedComplaintIsPositive() {
    assertPositive(PT, "Nada mal para o preço.");
  }

  @Test
  void withoutProblemsIsPositive() {
    assertPositive(PT, "Sem problemas, tudo certo com a entrega.");
  }

  @Test
  void neverBuyingAgainIsNegative() {
    assertNegative(PT, "nunca mais compro nessa loja");
  }

  @Test
  void postposedNegationIsNegative() {
    assertNegative(PT, "Gostei não.");
  }

  @Test
  void postposedNegationOfAVerbIsNegative() {
    assertNegative(PT, "Funciona não, moço.");
  }

  @Test
  void postposedNegationOfPraiseIsNegative() {
    assertNegative(PT, "O atendimento é bom não.");
  }

  @Test
  void brazilianDoubleNegationNegatesOnce() {
    assertNegative(PT, "Não funciona não.");
  }

  @Test
  void doubleNegationOfPraiseNegatesOnce() {
    assertNegative(PT, "Não é bom não.");
  }

  @Test
  void contrastWithMasLetsTheComplaintWin() {
    assertNegative(PT, "O produto é ótimo, mas a entrega atrasou duas semanas e ninguém responde.");
  }

  @Test
  void contrastWithPoremLetsThePraiseWin() {
    assertPositive(PT, "Demorou um pouco, porém o atendimento foi excelente.");
  }

  @Test
  void contrastWithContudoLetsTheFailureWin() {
    assertNegative(PT, "Tudo parecia bem, contudo o pagamento falhou.");
  }

  @Test
  void stillWaitingForTheThirdTimeIsFrustrated() {
    assertFrustrationAtLeast(PT, "Continuo esperando uma resposta. É a terceira vez que escrevo.", 60);
  }

  @Test
  void europeanStillWaitingAfterAskingThreeTimesIsNegative() {
    assertNegative(PT, "Já pedi três vezes e continuo à espera.");
  }

  @Test
  void nobodyAnswersAboutTheRefundIsNegative() {
    assertNegative(PT, "Ainda não recebi o reembolso e ninguém responde aos meus e-mails.");
  }

  @Test
  void systemDownAgainIsNegative() {
    assertNegative(PT, "Pela terceira vez esta semana o sistema está fora do ar de novo.");
  }

  @Test
  void sarcasticPraiseAfterACrashIsNegative() {
    assertNegative(PT, "Que maravilha, o app travou de novo.");
  }

  @Test
  void textWithoutAccentsScoresLikeWithThem() {
    assertNegative(PT, "Pessimo atendimento, nao resolveram nada.");
  }

  @Test
  void idiomWithoutAccentsStillMatches() {
    assertNegative(PT, "Nao vale a pena.");
  }

  @Test
  void topicWithoutAccentsStillMatches() {
    assertTopic(PT, "a sincronizacao parou de novo", "integration-failure");
  }

  @Test
  void chargedTwiceIsBilling() {
    assertTopic(PT, "Fui cobrado duas vezes este mês.", "billing");
  }

  @Test
  void cancellingTheSubscriptionIsAChurnThreat() {
    assertTopic(PT, "Vou cancelar a minha assinatura se isto não for resolvido.", "churn-threat");
  }

  @Test
  void stoppedSyncingIsAnIntegrationFailure() {
    assertTopic(PT, "A sincronização parou desde ontem.", "integration-failure");
  }

  @Test
  void vanishedDataIsDataIntegrity() {
    assertTopic(PT, "Os dados sumiram do painel.", "data-integrity");
  }

  @Test
  void cannotLogInIsACoreWorkflowFailure() {
    assertTopic(PT, "Não consigo fazer login desde ontem.", "core-workflow-failure");
  }

  @Test
  void consumerComplaintBodiesAreSecurityOrLegal() {
    assertTopic(PT, "Vou abrir uma reclamação no Procon e no Reclame Aqui.", "security-legal");
  }

  @Test
  void brazilianTicketIsDetectedAsPortuguese() {
    assertDetected(PT, "Oi, ainda não recebi meu pedido e ninguém responde no chat. Vocês podem verificar?");
  }

  @Test
  void europeanTicketIsDetectedAsPortuguese() {
    assertDetected(PT, "Bom dia, continuo à espera da fatura corrigida. Já liguei três vezes para a linha de apoio.");
  }

  @Test
  void unaccentedTweetIsDetectedAsPortuguese() {
    assertDetected(PT, "nao aguento mais esse app, trava toda hora e o suporte nao resolve nada");
  }
}
