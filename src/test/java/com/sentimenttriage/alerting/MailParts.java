package com.sentimenttriage.alerting;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.util.List;

/** Reads the text and HTML parts out of a (nested) multipart mail, and the risk factors out of an alert's text. */
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

  /** The items under "Risk factors:" in a CS alert's plain-text part, in their order; empty without that heading. */
  public static List<String> riskFactors(String plainText) {
    return plainText.lines().dropWhile(line -> !line.equals("Risk factors:")).skip(1)
        .takeWhile(line -> line.startsWith("  - ")).map(line -> line.substring("  - ".length())).toList();
  }

  private MailParts() {
  }
}
