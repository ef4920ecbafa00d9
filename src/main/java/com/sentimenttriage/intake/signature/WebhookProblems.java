package com.sentimenttriage.intake.signature;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The RFC 7807 answer of a refusal made before Spring MVC's exception handling is involved (in the guard filter,
 * or in the handler guard before the handler runs), shaped like the controllers' problem details. The connection
 * is closed, so an unread body is not kept on the line.
 */
final class WebhookProblems {

  static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String title, String detail)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status.value());
    problem.put("detail", detail);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setHeader("Connection", "close");
    json.writeValue(response.getOutputStream(), problem);
  }

  private WebhookProblems() {
  }
}
