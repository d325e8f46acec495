package dev.nightshift.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/** Links audit entries with SHA-256 and checks a chain for edits, deletions and reordering. */
public final class AuditChain {

  /** The "previous hash" of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** The entry that follows {@code previous} (or starts the chain when there is none). */
  public static AuditEntry link(long sequence, String previousHash, AuditRecord record) {
    return new AuditEntry(sequence, record, previousHash, hash(sequence, previousHash, record));
  }

  public static String hash(long sequence, String previousHash, AuditRecord r) {
    // Each field is prefixed with its length, so no choice of field text can make two different
    // records hash alike.
    StringBuilder content = new StringBuilder();
    for (String field :
        List.of(
            Long.toString(sequence),
            previousHash,
            r.at().toString(),
            r.actor(),
            r.kind(),
            r.subject(),
            r.detail())) {
      content.append(field.length()).append(':').append(field);
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Checks every link; the first broken one is reported with its sequence number. */
  public static Check verify(List<AuditEntry> entries) {
    String previous = GENESIS;
    long expected = 1;
    for (AuditEntry e : entries) {
      if (e.sequence() != expected) {
        return new Check.Broken(
            expected,
            "expected entry "
                + expected
                + " but found "
                + e.sequence()
                + " (missing or reordered)");
      }
      if (!e.previousHash().equals(previous)) {
        return new Check.Broken(e.sequence(), "does not link to the entry before it");
      }
      if (!e.hash().equals(hash(e.sequence(), e.previousHash(), e.record()))) {
        return new Check.Broken(e.sequence(), "its content does not match its hash (edited)");
      }
      previous = e.hash();
      expected++;
    }
    return new Check.Intact(entries.size(), previous);
  }

  /** The result of {@link #verify}. */
  public sealed interface Check {
    record Intact(long entries, String head) implements Check {
      public Intact {
        Objects.requireNonNull(head, "head");
      }
    }

    record Broken(long sequence, String reason) implements Check {
      public Broken {
        Objects.requireNonNull(reason, "reason");
      }
    }
  }
}
