package com.sentimenttriage.intake.signature;

import com.sentimenttriage.intake.signature.SignatureVerifier.SignatureRejected;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC over byte parts, constant-time comparison, and the replay window check, for every verifier. */
final class Hmac {

  static byte[] of(String algorithm, String secret, byte[]... parts) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
      for (byte[] part : parts) {
        mac.update(part);
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is part of every JRE", e);
    }
  }

  /** Compares in time independent of where the first difference is; a malformed signature simply fails. */
  static boolean matches(byte[] expected, byte[] given) {
    return given != null && MessageDigest.isEqual(expected, given);
  }

  static byte[] hex(String value) {
    try {
      return value == null ? null : HexFormat.of().parseHex(value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static byte[] base64(String value) {
    try {
      return value == null ? null : Base64.getDecoder().decode(value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static void requireSecret(String secret, String source) {
    if (secret == null || secret.isBlank()) {
      throw new SignatureRejected("No signing secret is configured for the " + source + " webhook.");
    }
  }

  static void requireFresh(Instant signedAt, Instant now, Duration window) {
    if (signedAt == null) {
      throw new SignatureRejected("The signature timestamp is missing or unreadable.");
    }
    if (Duration.between(signedAt, now).abs().compareTo(window) > 0) {
      throw new SignatureRejected("The signature timestamp is more than " + window.toMinutes()
          + " minutes away from now; replayed or delayed deliveries are refused.");
    }
  }

  private Hmac() {
  }
}
