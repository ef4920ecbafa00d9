package com.sentimenttriage.intake;

import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns bad webhook input into RFC 7807 problem details that tell the helpdesk admin what to fix. Every
 * rejection happens before the triage is called, so nothing is started or stored. It applies to all of the
 * application's Spring MVC endpoints, because a wrong content type is refused before any controller is chosen.
 */
@RestControllerAdvice
class WebhookProblemHandler extends ResponseEntityExceptionHandler {

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String fields = ex.getBindingResult().getFieldErrors().stream()
        .map(error -> error.getDefaultMessage())
        .sorted()
        .collect(Collectors.joining("; "));
    return problem(HttpStatus.BAD_REQUEST, "Invalid ticket", fields);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return problem(HttpStatus.BAD_REQUEST, "Unreadable ticket",
        "The body is not a JSON object of the documented shape: " + WebhookJson.firstLine(ex.getMostSpecificCause()));
  }

  /** A helpdesk posting form data or XML is misconfigured, not the request of a client that could renegotiate. */
  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return problem(HttpStatus.BAD_REQUEST, "Wrong content type",
        "Send the request body as application/json, not " + ex.getContentType() + ".");
  }

  private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return ResponseEntity.status(status).body(problem);
  }
}
