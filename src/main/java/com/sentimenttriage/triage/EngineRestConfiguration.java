package com.sentimenttriage.triage;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.stereotype.Component;

/**
 * The engine's REST API as Camunda's starter configures it, plus one correction: a start refused by the process's
 * own start listener with a {@link BadUserRequestException} answers 400, not 500. Camunda's
 * {@code POST /process-definition/.../start} wraps every engine exception into a 500 "Cannot instantiate process
 * definition", so a caller could not tell a date that is no Monday (the drift check's {@code driftWeek}) from a
 * broken server. {@code registerAdditionalResources} is the starter's documented extension point; the bean replaces
 * the starter's own configuration ({@code @ConditionalOnMissingBean}).
 */
@Component
public class EngineRestConfiguration extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    // Ranked ahead of Camunda's RestExceptionHandler for the same type; Jersey asks isMappable, so every other
    // RestException still goes to Camunda's handler.
    register(RefusedStartIsBadRequest.class, Priorities.USER - 1);
  }

  /** A 500 whose cause is the caller's bad request gets the cause's own answer: 400 with its message. */
  public static class RefusedStartIsBadRequest implements ExtendedExceptionMapper<RestException> {

    @Override
    public boolean isMappable(RestException exception) {
      return exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR && badUserRequest(exception).isPresent();
    }

    @Override
    public Response toResponse(RestException exception) {
      // Camunda's own error JSON ({type, message, code}) and status mapping, for the refusal rather than the wrapper.
      return ExceptionHandlerHelper.getInstance().getResponse(badUserRequest(exception).orElseThrow());
    }

    private static Optional<BadUserRequestException> badUserRequest(Throwable exception) {
      for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof BadUserRequestException refusal) {
          return Optional.of(refusal);
        }
      }
      return Optional.empty();
    }
  }
}
