package com.sentimenttriage.accounts;

import static com.sentimenttriage.accounts.LinkUnattachedTicketProcess.Elements.CHOOSE_ACCOUNT;
import static com.sentimenttriage.accounts.LinkUnattachedTicketProcess.Elements.REQUESTER_LINKED;
import static com.sentimenttriage.accounts.LinkUnattachedTicketProcess.Elements.TICKET_LEFT_UNATTACHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.records.ScoredTicketStore;
import com.sentimenttriage.triage.ProcessVariable;
import com.sentimenttriage.triage.TicketTriageProcess;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** A CS manager links an unattached ticket's requester to an account, or leaves it; the triage never waits. */
@Deployment(resources = {LinkUnattachedTicketProcess.RESOURCE, LinkUnattachedTicketProcess.FORM_RESOURCE})
class LinkUnattachedTicketProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("process-tests.camunda.cfg.xml").build();

  private static final Account GLOBEX = new Account(2, "Globex Logistics", "Business", new BigDecimal("1850"),
      null, 81, "Ravi Menon", "ravi@cs.example", "morgan@cs.example");
  private static final Account ACME = new Account(1, "Acme Corp", "Enterprise", new BigDecimal("4200"),
      null, 62, "Dana Whitfield", "dana@cs.example", "morgan@cs.example");
  private static final Account NEWCORP = new Account(3, "Newcorp Industries", "Starter", new BigDecimal("249"),
      null, 70, null, "cs@cs.example", "morgan@cs.example");

  private final List<String> remembered = new CopyOnWriteArrayList<>();
  private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
  private final AccountDirectory accounts = new AccountDirectory() {
    @Override
    public Optional<Account> findByRequesterEmail(String email) {
      return Optional.empty();
    }

    @Override
    public Optional<Account> findById(long id) {
      return search("", 10).stream().filter(account -> account.id() == id).findFirst();
    }

    @Override
    public List<Account> search(String query, int limit) {
      return List.of(ACME, GLOBEX, NEWCORP);
    }

    @Override
    public boolean rememberContact(String email, long accountId) {
      remembered.add(email + " -> " + accountId);
      return findById(accountId).isPresent();
    }
  };

  @BeforeEach
  void registerDelegates() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register(LinkUnattachedTicketProcess.Beans.CHECK_CHOSEN_ACCOUNT, new CheckChosenAccountListener(accounts));
    Mocks.register(LinkUnattachedTicketProcess.Beans.PREPARE_CHOOSE_ACCOUNT,
        new PrepareChooseAccountListener(accounts));
    Mocks.register(LinkUnattachedTicketProcess.Beans.LINK_REQUESTER,
        new LinkRequesterToAccountDelegate(accounts, new ScoredTicketStore(jdbc)));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  private ProcessInstance requestLink() {
    String id = new UnattachedTickets(runtimeService()).requestLink("generic:U-1", "pat@newcorp.example",
        "Invoice wrong", "The invoice lists 40 seats, we have 25. Please fix it.", 72);
    ProcessInstance instance = runtimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    BpmnAwareTests.assertThat(instance).isWaitingAt(CHOOSE_ACCOUNT);
    return instance;
  }

  @Test
  void theChosenAccountIsRememberedAsANewContact() {
    ProcessInstance instance = requestLink();
    BpmnAwareTests.assertThat(task()).hasCandidateGroup(TicketTriageProcess.Groups.CS_MANAGERS);
    assertThat(instance.getBusinessKey()).isEqualTo("generic:U-1");

    complete(task(), withVariables("linkDecision", "link", "linkedAccountId", 2L));
    execute(job());

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(REQUESTER_LINKED);
    assertThat(remembered).containsExactly("pat@newcorp.example -> 2");
    verify(jdbc).update(anyString(), eq(2L), eq("generic:U-1"));
  }

  @Test
  void theTaskSaysWhoseTicketItIsAndTheFormOffersTheAccountsLikeTheRequestersDomainFirst() throws Exception {
    requestLink();

    assertThat(task().getName()).isEqualTo("Choose account — newcorp.example: Invoice wrong");
    Map<String, Object> form = taskService().getVariables(task().getId());
    assertThat(form).containsEntry("ticketText", "The invoice lists 40 seats, we have 25. Please fix it.");
    // A Json variable, which Tasklist hands to the form's select as its options.
    TypedValue candidates = taskService().getVariableTyped(task().getId(), "candidateAccounts");
    assertThat(candidates.getType().getName()).isEqualTo("json");
    JsonNode options = new ObjectMapper().readTree(candidates.getValue().toString());
    assertThat(options).extracting(option -> option.get("value").asText()).containsExactly("3", "1", "2");
    assertThat(options.get(0).get("label").asText()).isEqualTo("Newcorp Industries (Starter, id 3)");
    assertThat(options.get(1).get("label").asText()).isEqualTo("Acme Corp (Enterprise, CS owner Dana Whitfield, id 1)");
  }

  @Test
  void theAccountPickedInTheFormIsLinked() {
    ProcessInstance instance = requestLink();

    complete(task(), withVariables("linkDecision", "link", "chosenAccount", "2"));
    execute(job());

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(REQUESTER_LINKED);
    assertThat(remembered).containsExactly("pat@newcorp.example -> 2");
  }

  @Test
  void anUnknownAccountIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance instance = requestLink();
    String taskId = task().getId();

    assertThatThrownBy(() -> taskService().complete(taskId,
        withVariables("linkDecision", "link", "linkedAccountId", 999L)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("no account 999");
    assertThatThrownBy(() -> taskService().complete(taskId, withVariables("linkDecision", "link")))
        .hasMessageContaining("Choose the account");
    assertThatThrownBy(() -> taskService().complete(taskId,
        withVariables("linkDecision", "link", "chosenAccount", "Acme")))
        .hasMessageContaining("no account Acme");

    BpmnAwareTests.assertThat(instance).isWaitingAt(CHOOSE_ACCOUNT);
    assertThat(remembered).isEmpty();
  }

  @Test
  void aTicketCanBeLeftUnattached() {
    ProcessInstance instance = requestLink();

    complete(task(), withVariables("linkDecision", "leave"));
    execute(job());

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(TICKET_LEFT_UNATTACHED);
    assertThat(remembered).isEmpty();
  }

  @Test
  void theContractMatchesTheModelAndTheForm() throws Exception {
    BpmnModelInstance model;
    try (InputStream in = resource(LinkUnattachedTicketProcess.RESOURCE)) {
      model = Bpmn.readModelFromStream(in);
    }
    assertThat((Object) model.getModelElementById(LinkUnattachedTicketProcess.KEY)).isNotNull();
    for (String id : List.of(LinkUnattachedTicketProcess.Elements.TICKET_UNATTACHED, CHOOSE_ACCOUNT,
        LinkUnattachedTicketProcess.Elements.ACCOUNT_CHOSEN, LinkUnattachedTicketProcess.Elements.LINK_REQUESTER,
        REQUESTER_LINKED, TICKET_LEFT_UNATTACHED)) {
      assertThat((Object) model.getModelElementById(id)).as(id).isNotNull();
    }
    JsonNode form;
    try (InputStream in = resource(LinkUnattachedTicketProcess.FORM_RESOURCE)) {
      form = new ObjectMapper().readTree(in);
    }
    assertThat(form.get("id").asText()).isEqualTo(LinkUnattachedTicketProcess.FORM_KEY);
    List<String> keys = new ArrayList<>();
    form.get("components").forEach(c -> {
      if (c.has("key")) {
        keys.add(c.get("key").asText());
      }
      if (c.has("valuesKey")) {
        keys.add(c.get("valuesKey").asText());
      }
    });
    // Every variable but the number the listener copies the checked choice to.
    assertThat(keys).containsExactlyInAnyOrderElementsOf(LinkUnattachedTicketProcess.Variables.ALL.stream()
        .filter(v -> v != LinkUnattachedTicketProcess.Variables.ACCOUNT_ID).map(ProcessVariable::name).toList());
  }

  private static InputStream resource(String name) {
    return LinkUnattachedTicketProcessTest.class.getClassLoader().getResourceAsStream(name);
  }
}
