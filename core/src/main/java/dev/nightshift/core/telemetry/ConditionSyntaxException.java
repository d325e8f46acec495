package dev.nightshift.core.telemetry;

/** Unwinds the parser from the point of a syntax error to the one place that reports it. */
final class ConditionSyntaxException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int offset;

  ConditionSyntaxException(String message, int offset) {
    super(message, null, false, false); // no stack trace: this is invalid input, not a bug
    this.offset = offset;
  }

  int offset() {
    return offset;
  }
}
