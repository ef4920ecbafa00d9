package com.sentimenttriage.intake;

import org.springframework.http.HttpStatus;

/**
 * A delivery refused before anything was started or stored; answered as an RFC 7807 problem detail. The detail
 * names what to fix and never echoes the payload.
 */
public class WebhookRejection extends RuntimeException {

  private final HttpStatus status;
  private final String title;

  public WebhookRejection(HttpStatus status, String title, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
  }

  public static WebhookRejection invalid(String detail) {
    return new WebhookRejection(HttpStatus.BAD_REQUEST, "Invalid ticket", detail);
  }

  public static WebhookRejection unreadable(String detail) {
    return new WebhookRejection(HttpStatus.BAD_REQUEST, "Unreadable ticket", detail);
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }
}
