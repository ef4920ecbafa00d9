package com.sentimenttriage.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.sentimenttriage.triage.EngineRestConfiguration.RefusedStartIsBadRequest;
import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/** Only a 500 caused by the caller's bad request is answered anew; every other REST error keeps Camunda's answer. */
class EngineRestConfigurationTest {

  private final RefusedStartIsBadRequest mapper = new RefusedStartIsBadRequest();

  @Test
  void aStartRefusedAsABadRequestAnswers400WithTheRefusalsMessage() {
    RestException wrapped = new RestException(Status.INTERNAL_SERVER_ERROR,
        new BadUserRequestException("driftWeek: 2019-03-13 is a Wednesday"), "Cannot instantiate process definition");

    assertThat(mapper.isMappable(wrapped)).isTrue();
    var response = mapper.toResponse(wrapped);
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getEntity()).hasFieldOrPropertyWithValue("message", "driftWeek: 2019-03-13 is a Wednesday");
  }

  @Test
  void anEngineFailureOrAnotherStatusStaysCamundas() {
    assertThat(mapper.isMappable(new RestException(Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("database down"), "Cannot instantiate process definition"))).isFalse();
    assertThat(mapper.isMappable(new RestException(Status.NOT_FOUND,
        new BadUserRequestException("no such key"), "No matching process definition"))).isFalse();
    assertThat(mapper.isMappable(new RestException(Status.INTERNAL_SERVER_ERROR, "no cause"))).isFalse();
  }
}
