package dev.nightshift.adapters.store;

/**
 * The durable store failed (file unreadable, disk full, database locked too long, schema too new);
 * its message names the database file and what was being done, fit to show a user as it is.
 */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
