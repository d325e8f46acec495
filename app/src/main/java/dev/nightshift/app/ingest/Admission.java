package dev.nightshift.app.ingest;

/** Whether a webhook request may be handled: its body and who sent it, or why not. */
sealed interface Admission {

  /** An authenticated request; {@code actor} names the caller for the audit trail. */
  record Admitted(byte[] body, String actor) implements Admission {}

  /** A refused request: the HTTP status to answer and a sentence saying why. */
  record Refused(int status, String reason) implements Admission {}
}
