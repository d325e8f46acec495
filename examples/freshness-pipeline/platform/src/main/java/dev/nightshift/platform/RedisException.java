package dev.nightshift.platform;

/** Redis refused or failed a connection or a command; the message is the server's or the I/O's. */
final class RedisException extends Exception {

  private static final long serialVersionUID = 1L;

  /** What went wrong, as the {@code kind} label of {@code entity_write_errors_total}. */
  enum Kind {
    /** No connection could be had: Redis refused a new one, or all are in use. */
    POOL_EXHAUSTED,
    /** Redis is out of memory under {@code maxmemory} and refuses writes. */
    OOM,
    /** Any other error reply. */
    SERVER_ERROR,
    /** The connection broke or timed out mid-command. */
    IO;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Kind kind;

  RedisException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  RedisException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /** Classifies an error reply such as {@code OOM command not allowed ...}. */
  static RedisException reply(String error) {
    return new RedisException(error.startsWith("OOM") ? Kind.OOM : Kind.SERVER_ERROR, error);
  }

  Kind kind() {
    return kind;
  }
}
