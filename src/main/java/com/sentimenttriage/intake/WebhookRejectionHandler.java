package com.sentimenttriage.intake;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a {@link WebhookRejection} with its RFC 7807 problem detail. */
@RestControllerAdvice
class WebhookRejectionHandler {

  @ExceptionHandler(WebhookRejection.class)
  ResponseEntity<ProblemDetail> rejected(WebhookRejection rejection) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(rejection.status(), rejection.getMessage());
    problem.setTitle(rejection.title());
    return ResponseEntity.status(rejection.status()).body(problem);
  }
}
