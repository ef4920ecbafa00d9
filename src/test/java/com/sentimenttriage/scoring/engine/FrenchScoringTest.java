package com.sentimenttriage.scoring.engine;

import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertDetected;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertFrustrationAtLeast;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertNegative;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertNeutral;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertPositive;
import static com.sentimenttriage.scoring.engine.LanguageScoringAssertions.assertTopic;

import org.junit.jupiter.api.Test;

/**
 * One-line expectations for French, in Lucene's manner, on the shipped data in {@code scoring/fr/}: hand-written
 * ticket and review sentences (none taken from an evaluation set), in written and spoken French, from France and
 * Québec, with and without accents.
 */
class FrenchScoringTest {
  private static final Language FR = Language.FRENCH;

  @Test
  void complaintsAreNegative() {
    assertNegative(FR, "L'application est d'une lenteur insupportable et plante sans arrêt.");
    assertNegative(FR, "Service client lamentable, colis arrivé cassé et personne ne se bouge.");
    assertNegative(FR, "Je suis vraiment déçue, la tablette est déjà en panne.");
    assertNegative(FR, "Franchement c'est nul, rien ne fonctionne depuis la mise a jour.");
    assertNegative(FR, "Chu tanné, le modem est encore brisé.");
  }

  @Test
  void praiseIsPositive() {
    assertPositive(FR, "Merci beaucoup, le support a été très réactif et aimable.");
    assertPositive(FR, "Ça marche nickel, je recommande !");
    assertPositive(FR, "Le technicien était vraiment génial, problème réglé en dix minutes.");
    assertPositive(FR, "Tres bon service, reponse rapide et claire.");
    assertPositive(FR, "C'est pas pire pantoute, merci pour l'aide!");
  }

  @Test
  void plainRequestsAndNoticesAreNeutral() {
    assertNeutral(FR, "Bonjour, je voudrais savoir comment changer mon adresse de facturation.");
    assertNeutral(FR, "Vous trouverez ci-joint la facture du mois de mars.");
    assertNeutral(FR, "Bonjour, pourriez-vous m'envoyer la facture de janvier ? Merci d'avance.");
    assertNeutral(FR, "Merci de me faire parvenir le numéro de suivi.");
  }

  @Test
  void negationBeforeTheVerbFlipsTheWord() {
    assertNegative(FR, "Ce n'est pas bon.");
    assertNegative(FR, "Peu fiable et pas très rapide.");
    assertNegative(FR, "Aucune aide du service client.");
    assertPositive(FR, "Je ne suis jamais déçu par ce service.");
  }

  @Test
  void negationAfterTheVerbFlipsTheWordBeforeIt() {
    assertNegative(FR, "J'apprécie pas du tout ce changement.");
    assertNegative(FR, "Ça ne fonctionne plus depuis hier.");
  }

  @Test
  void neAndPasAroundTheVerbNegateOnce() {
    assertNegative(FR, "Je n'apprécie pas ce changement.");
    assertNegative(FR, "Je ne recommande pas ce vendeur.");
  }

  @Test
  void litotesKeepTheirMeaning() {
    assertPositive(FR, "Ce n'est pas mal du tout.");
    assertPositive(FR, "Pas de souci, merci pour votre aide.");
    assertNegative(FR, "Pas terrible, je m'attendais à mieux.");
  }

  @Test
  void theClauseAfterContrastCounts() {
    assertNegative(FR, "Le produit est beau, mais la batterie ne tient pas une journée.");
    assertNegative(FR, "Livraison rapide, cependant l'article était abîmé.");
    assertPositive(FR, "Au début j'étais sceptique, pourtant c'est une excellente application.");
  }

  @Test
  void politeButAngrySupportProseIsFrustrated() {
    assertFrustrationAtLeast(FR, "Toujours pas de réponse à mon ticket, c'est la troisième fois que je vous écris.", 75);
    assertFrustrationAtLeast(FR, "Pour la troisième fois, personne ne répond à mes mails.", 75);
    assertFrustrationAtLeast(FR, "J'attends toujours mon remboursement depuis des semaines.", 75);
    assertNegative(FR, "Génial, encore une mise à jour qui casse tout.");
  }

  @Test
  void topicsAreFoundInFrench() {
    assertTopic(FR, "J'ai été prélevé deux fois ce mois-ci.", "billing");
    assertTopic(FR, "Je vais résilier mon abonnement si rien ne change.", "churn-threat");
    assertTopic(FR, "Toutes nos données ont disparu après la synchronisation.", "data-integrity");
    assertTopic(FR, "Impossible de me connecter depuis ce matin.", "core-workflow-failure");
    assertTopic(FR, "Les webhooks ne se déclenchent plus.", "integration-failure");
    assertTopic(FR, "Notre compte a été piraté, c'est urgent.", "security-legal");
  }

  @Test
  void frenchTicketsAreDetectedAsFrench() {
    assertDetected(FR, "Bonjour, ma commande n'est toujours pas arrivée et personne ne répond à mes messages.");
    assertDetected(FR, "Merci pour la reponse rapide, tout fonctionne de nouveau sur mon compte.");
  }
}
