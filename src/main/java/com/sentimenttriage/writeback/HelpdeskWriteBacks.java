package com.sentimenttriage.writeback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sentimenttriage.records.WriteBackLedger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes a ticket's score back to the helpdesk it came from, once per distinct value: the fingerprint of the last
 * committed write is kept per ticket ({@link WriteBackLedger}), so a job retried after a write that went out writes
 * nothing again, while a re-score or a review verdict that changed the values writes again and replaces them. The
 * models call {@link #writesTo(String)} to decide whether the step is there at all.
 */
@Component("helpdeskWriteBacks")
public class HelpdeskWriteBacks {

  /** What one write-back did. */
  public enum Outcome { WRITTEN, UNCHANGED, NOT_CONFIGURED }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectProvider<HelpdeskWriter> writers;
  private final WriteBackLedger ledger;
  /**
   * The writers in their order, resolved on first use: every ticket asks {@link #writesTo(String)}, and resolving
   * the beans on each call was 1 % of the job executor's CPU under load (docs/performance.md).
   */
  private volatile List<HelpdeskWriter> ordered;

  public HelpdeskWriteBacks(ObjectProvider<HelpdeskWriter> writers, WriteBackLedger ledger) {
    this.writers = writers;
    this.ledger = ledger;
  }

  /** Whether tickets from {@code source} are written back: a writer for it exists and has its credentials. */
  public boolean writesTo(String source) {
    return writer(source).isPresent();
  }

  public Outcome writeBack(WriteBack writeBack, String processInstanceId) throws WriteBackException {
    Optional<HelpdeskWriter> writer = writer(writeBack.source());
    if (writer.isEmpty()) {
      return Outcome.NOT_CONFIGURED;
    }
    String fingerprint = fingerprint(writeBack);
    if (ledger.find(writeBack.source(), writeBack.ticketId())
        .filter(entry -> entry.fingerprint().equals(fingerprint)).isPresent()) {
      return Outcome.UNCHANGED;
    }
    writer.get().write(writeBack);
    ledger.record(writeBack.source(), writeBack.ticketId(), writeBack.label(), writeBack.frustration(),
        writeBack.severity(), writeBack.escalated(), fingerprint, describe(writeBack.actions()), processInstanceId);
    return Outcome.WRITTEN;
  }

  private Optional<HelpdeskWriter> writer(String source) {
    return source == null ? Optional.empty() : ordered().stream()
        .filter(w -> source.equals(w.source()) && w.configured()).findFirst();
  }

  private List<HelpdeskWriter> ordered() {
    List<HelpdeskWriter> resolved = ordered;
    if (resolved == null) {
      resolved = writers.orderedStream().toList();
      ordered = resolved;
    }
    return resolved;
  }

  /** "priority=urgent; group=senior-support": how actions are shown in Cockpit and kept on the ticket's row. */
  public static String describe(List<HelpdeskAction> actions) {
    return actions.stream().map(a -> a.kind() + "=" + a.value()).collect(Collectors.joining("; "));
  }

  /** SHA-256 of the value as JSON: equal values, equal fingerprints. */
  static String fingerprint(WriteBack writeBack) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(JSON.writeValueAsString(writeBack).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
