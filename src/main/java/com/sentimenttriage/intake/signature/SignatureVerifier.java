package com.sentimenttriage.intake.signature;

import java.time.Instant;
import java.util.function.Function;

/** Checks that a delivery came from the helpdesk, over the exact bytes received. */
public interface SignatureVerifier {

  /** The connector ({@code source}) whose deliveries this verifies. */
  String source();

  /**
   * @param header the request's headers by name (case-insensitive), null when absent
   * @throws SignatureRejected when the signature is missing or wrong, or its timestamp is outside the window
   */
  void verify(Function<String, String> header, byte[] body, Instant now);

  /** Why a delivery was not accepted as the helpdesk's; the message is safe to return to the caller. */
  final class SignatureRejected extends RuntimeException {
    public SignatureRejected(String message) {
      super(message, null, false, false);
    }
  }
}
