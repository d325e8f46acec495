package dev.nightshift.core.measure;

import java.util.Optional;

/** A comparison operator as users write it in conditions and objectives ({@code >}, {@code <=}). */
public enum Comparison {
  GREATER_OR_EQUAL(">="),
  LESS_OR_EQUAL("<="),
  EQUAL("=="),
  NOT_EQUAL("!="),
  GREATER(">"),
  LESS("<");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  public boolean test(double left, double right) {
    return switch (this) {
      case GREATER -> left > right;
      case GREATER_OR_EQUAL -> left >= right;
      case LESS -> left < right;
      case LESS_OR_EQUAL -> left <= right;
      case EQUAL -> left == right;
      case NOT_EQUAL -> left != right;
    };
  }

  /** The operator that holds exactly when this one does not. */
  public Comparison negate() {
    return switch (this) {
      case GREATER -> LESS_OR_EQUAL;
      case GREATER_OR_EQUAL -> LESS;
      case LESS -> GREATER_OR_EQUAL;
      case LESS_OR_EQUAL -> GREATER;
      case EQUAL -> NOT_EQUAL;
      case NOT_EQUAL -> EQUAL;
    };
  }

  /**
   * The operator that starts {@code text} at {@code offset}; two-character operators win over their
   * one-character prefixes.
   */
  public static Optional<Comparison> at(String text, int offset) {
    for (Comparison c : values()) { // declared longest first
      if (text.startsWith(c.symbol, offset)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The symbols, for error messages. */
  public static String symbols() {
    return ">, >=, <, <=, ==, !=";
  }

  @Override
  public String toString() {
    return symbol;
  }
}
