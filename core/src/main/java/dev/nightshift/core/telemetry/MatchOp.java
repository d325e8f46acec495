package dev.nightshift.core.telemetry;

import java.util.Optional;

/** How a label matcher compares a series' label value, with Prometheus' four operators. */
public enum MatchOp {
  // Declared longest first, so that "=~" is not read as "=" followed by "~".
  REGEX("=~"),
  NOT_REGEX("!~"),
  NOT_EQUAL("!="),
  EQUAL("=");

  private final String symbol;

  MatchOp(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** Whether the value is a regular expression rather than a literal. */
  public boolean isRegex() {
    return this == REGEX || this == NOT_REGEX;
  }

  /** The operator that starts {@code text} at {@code offset}. */
  public static Optional<MatchOp> at(String text, int offset) {
    for (MatchOp op : values()) {
      if (text.startsWith(op.symbol, offset)) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }

  /** The symbols, for error messages. */
  public static String symbols() {
    return "=, !=, =~, !~";
  }

  @Override
  public String toString() {
    return symbol;
  }
}
