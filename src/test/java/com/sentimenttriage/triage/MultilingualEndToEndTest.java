package com.sentimenttriage.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.sentimenttriage.support.IntegrationTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A ticket written in each supported language other than English takes the whole path through the real entry points:
 * webhook, scoring in its own language, the gate, the supervisor's review form (engine REST API) and the CS owner's
 * mail (SMTP). Each language uses an account no other test of the shared context uses, so no cooldown interferes.
 * The phrase column is the word the language's lexicon must find, as the customer wrote it.
 */
class MultilingualEndToEndTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "de | German     | ML-DE | s.muller@delta-telecom.example | Delta Telecom AG   | ravi.menon | inakzeptabel"
          + " | Export seit dem Update kaputt"
          + " | Ich habe schon dreimal nachgefragt und immer noch keine Antwort. Das ist inakzeptabel: der Export"
          + " funktioniert seit dem Update nicht mehr und wir überlegen, unseren Vertrag zu kündigen.",
      "es | Spanish    | ML-ES | soporte@cedar-retail.example   | Cedar Retail SAS   | sofia.alvarez | inaceptable"
          + " | La exportación no funciona"
          + " | Ya he preguntado tres veces y sigo sin respuesta. Esto es inaceptable: la exportación no funciona"
          + " desde la actualización y estamos pensando en cancelar nuestra suscripción.",
      "fr | French     | ML-FR | contact@north-travel.example   | North Travel SAS   | ravi.menon | inacceptable"
          + " | L'export ne fonctionne plus"
          + " | J'ai déjà demandé trois fois et toujours pas de réponse. C'est inacceptable : l'export ne fonctionne"
          + " plus depuis la mise à jour et nous envisageons de résilier notre abonnement.",
      "pt | Portuguese | ML-PT | p.silva@oak-travel.example     | Oak Travel SAS     | ravi.menon | inaceitável"
          + " | A exportação não funciona"
          + " | Já perguntei três vezes e continuo sem resposta. Isso é inaceitável: a exportação não funciona desde"
          + " a atualização e estamos pensando em cancelar a nossa assinatura.",
      "it | Italian    | ML-IT | m.rossi@summit-analytics.example | Summit Analytics Ltd | dana.whitfield | inaccettabile"
          + " | L'esportazione non funziona"
          + " | Ho già chiesto tre volte e ancora nessuna risposta. È inaccettabile: l'esportazione non funziona"
          + " dall'aggiornamento e stiamo pensando di disdire il nostro abbonamento.",
      "nl | Dutch      | ML-NL | finance@juniper-media.example  | Juniper Media BV   | marcus.reid | onacceptabel"
          + " | Export werkt niet meer"
          + " | Ik heb al drie keer gevraagd en nog steeds geen antwoord. Dit is onacceptabel: de export werkt sinds"
          + " de update niet meer en we overwegen ons abonnement op te zeggen.",
  })
  void aTicketInTheCustomersLanguageIsScoredReviewedAndAlertedInThatLanguage(String code, String languageName,
      String ticketId, String requester, String account, String owner, String phrase, String subject, String text)
      throws Exception {
    HttpResponse<String> accepted = postJson("/api/webhooks/generic", JSON.writeValueAsString(java.util.Map.of(
        "ticketId", ticketId, "subject", subject, "body", text, "requesterEmail", requester, "channel", "email")));

    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String instanceId = JSON.readTree(accepted.body()).get("processInstanceId").asText();
    String taskId = await().atMost(Duration.ofSeconds(30)).until(
        () -> tasksOf(instanceId), tasks -> tasks.size() == 1).get(0).get("id").asText();

    JsonNode form = JSON.readTree(
        getAs("supervisor", "supervisor", "/engine-rest/task/" + taskId + "/form-variables").body());
    assertThat(form.at("/ticketLanguage/value").asText()).as("the language the review form shows").isEqualTo(code);
    assertThat(form.at("/accountName/value").asText()).isEqualTo(account);
    assertThat(form.at("/ticketText/value").asText()).contains(phrase);
    assertThat(form.at("/scoreExplanation/value").asText()).as("phrases in the customer's words").contains(phrase);
    assertThat(form.at("/sentimentLabel/value").asText()).isIn("Negative", "Urgent");

    HttpResponse<String> completed = postJsonAs("supervisor", "supervisor", "/engine-rest/task/" + taskId
        + "/complete", "{\"variables\": {\"reviewDecision\": {\"value\": \"confirm\"}}}");
    assertThat(completed.statusCode()).isEqualTo(204);

    MimeMessage mail = await().atMost(Duration.ofSeconds(30)).until(() -> mailAbout(subject), Optional::isPresent)
        .orElseThrow();
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(owner + "@cs.sentiment-triage.example");
    assertThat(mail.getSubject()).contains(account);
    String body = GreenMailUtil.getBody(mail);
    assertThat(body).contains("(in " + languageName + ")").contains(ticketId);
  }

  private static Optional<MimeMessage> mailAbout(String subject) {
    return Arrays.stream(greenMail.getReceivedMessages()).filter(mail -> subjectOf(mail).contains(subject))
        .findFirst();
  }

  private static String subjectOf(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<JsonNode> tasksOf(String instanceId) throws Exception {
    HttpResponse<String> response = getAs("supervisor", "supervisor",
        "/engine-rest/task?processInstanceId=" + instanceId);
    assertThat(response.statusCode()).isEqualTo(200);
    List<JsonNode> tasks = new ArrayList<>();
    JSON.readTree(response.body()).forEach(tasks::add);
    return tasks;
  }
}
