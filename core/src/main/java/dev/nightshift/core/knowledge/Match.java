package dev.nightshift.core.knowledge;

import java.util.List;
import java.util.Objects;

/** Whether a known error explains what the walk found, with the signals that decided it. */
public sealed interface Match {

  /** Every signal of {@code error}'s signature holds; {@code evidence} says how. */
  record Matched(KnownError error, List<String> evidence) implements Match {
    public Matched {
      Objects.requireNonNull(error, "error");
      evidence = List.copyOf(evidence);
    }
  }

  /** No known error explains it; {@code reasons} says, per candidate, which signal failed. */
  record NoMatch(List<String> reasons) implements Match {
    public NoMatch {
      reasons = List.copyOf(reasons);
    }
  }
}
