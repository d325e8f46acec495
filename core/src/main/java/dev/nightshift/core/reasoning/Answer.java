package dev.nightshift.core.reasoning;

import java.util.Objects;

/** What a reasoner came back with: a hypothesis, or why there is none. */
public sealed interface Answer {

  Usage usage();

  record Hypothesized(Hypothesis hypothesis, Usage usage) implements Answer {
    public Hypothesized {
      Objects.requireNonNull(hypothesis, "hypothesis");
      Objects.requireNonNull(usage, "usage");
    }
  }

  /**
   * No usable answer: the provider failed or timed out, the model refused, answered in prose, sent
   * malformed calls until its steps ran out.
   */
  record NoAnswer(String reason, Usage usage) implements Answer {
    public NoAnswer {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(usage, "usage");
    }
  }
}
