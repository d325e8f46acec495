package dev.nightshift.core.sla;

import dev.nightshift.core.measure.Comparison;
import dev.nightshift.core.measure.ParseResult;
import dev.nightshift.core.measure.Quantity;
import java.util.Objects;
import java.util.Optional;

/**
 * What an SLA promises about its indicator, e.g. freshness {@code < 60s} or completeness {@code >
 * 80%}: the indicator meets the objective while the comparison holds.
 *
 * @param comparison how a good indicator value compares with the target
 * @param target the target, in the indicator's base unit (seconds, percent, count, bytes)
 */
public record Objective(Comparison comparison, Quantity target) {

  public Objective {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(target, "target");
    if (comparison == Comparison.EQUAL || comparison == Comparison.NOT_EQUAL) {
      throw new IllegalArgumentException(
          "an objective is a bound (<, <=, >, >=), not " + comparison);
    }
  }

  /** An upper bound: the seed's bare {@code threshold: 60s} means "stay below 60 s". */
  public static Objective below(Quantity target) {
    return new Objective(Comparison.LESS, target);
  }

  /**
   * Parses {@code 60s} (an upper bound, as the seed writes it), {@code < 60s}, {@code <= 10,000} or
   * {@code > 80%}.
   */
  public static ParseResult<Objective> parse(String text) {
    String trimmed = text.strip();
    Optional<Comparison> comparison = Comparison.at(trimmed, 0);
    if (comparison.isEmpty()) {
      return Quantity.parse(trimmed).map(Objective::below);
    }
    Comparison c = comparison.get();
    if (c == Comparison.EQUAL || c == Comparison.NOT_EQUAL) {
      return ParseResult.invalid("an objective is a bound: use <, <=, > or >=, not " + c, 0);
    }
    String rest = trimmed.substring(c.symbol().length());
    if (rest.isBlank()) {
      return ParseResult.invalid("expected a value after '" + c + "'", trimmed.length());
    }
    int valueAt = trimmed.length() - rest.stripLeading().length();
    return switch (Quantity.parse(rest)) {
      case ParseResult.Valid<Quantity> q -> ParseResult.valid(new Objective(c, q.value()));
      case ParseResult.Invalid<Quantity> i -> ParseResult.invalid(i.message(), valueAt);
    };
  }

  public boolean isMetBy(double indicator) {
    return comparison.test(indicator, target.value());
  }

  @Override
  public String toString() {
    return comparison.symbol() + " " + target;
  }
}
