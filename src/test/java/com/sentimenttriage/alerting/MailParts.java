package com.sentimenttriage.alerting;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reads the text and HTML parts out of a (nested) multipart mail. */
public final class MailParts {

  /** The first part of a (nested) multipart message with this MIME type, as text. */
  public static String part(Part message, String mimeType) throws Exception {
    if (message.isMimeType(mimeType)) {
      return (String) message.getContent();
    }
    if (message.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        String found = part(body, mimeType);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private MailParts() {
  }
}
