package dev.nightshift.core.reasoning;

import java.time.Instant;
import java.util.Objects;

/** What one investigation spent, kept so that budgets hold across restarts. */
public record Spend(Instant at, long incident, String reasoner, Usage usage, double cost) {

  public Spend {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(reasoner, "reasoner");
    Objects.requireNonNull(usage, "usage");
    if (cost < 0) {
      throw new IllegalArgumentException("cost cannot be negative: " + cost);
    }
  }

  /** A sum of spends. */
  public record Total(long tokens, double cost) {
    public static final Total ZERO = new Total(0, 0);

    public Total plus(Spend spend) {
      return new Total(tokens + spend.usage().tokens(), cost + spend.cost());
    }

    public Total plus(Total other) {
      return new Total(tokens + other.tokens, cost + other.cost);
    }
  }
}
