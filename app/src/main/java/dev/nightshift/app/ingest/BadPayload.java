package dev.nightshift.app.ingest;

/** A webhook body that cannot be used; the message names the field and is answered with 400. */
final class BadPayload extends Exception {

  private static final long serialVersionUID = 1L;

  BadPayload(String message) {
    super(message);
  }
}
