package dev.nightshift.core.audit;

import java.util.Objects;

/**
 * A record with its place in the chain: its sequence number, the previous entry's hash and its own
 * hash over both and its content.
 */
public record AuditEntry(long sequence, AuditRecord record, String previousHash, String hash) {

  public AuditEntry {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence numbers start at 1: " + sequence);
    }
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(previousHash, "previousHash");
    Objects.requireNonNull(hash, "hash");
  }
}
