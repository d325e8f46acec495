package dev.nightshift.core.telemetry;

import java.util.List;
import java.util.Objects;

/** The answer to a metric query: the samples, or why there are none. */
public sealed interface MetricReading {

  /** The query ran; {@code samples} may be empty when no series matched. */
  record Values(List<Sample> samples) implements MetricReading {
    public Values {
      samples = List.copyOf(samples);
    }

    /** True when some series satisfies the bound: a signature sees the problem somewhere. */
    public boolean any(Bound bound) {
      return samples.stream().anyMatch(s -> bound.test(s.value()));
    }

    /** True when there are series and every one satisfies the bound: a fix verified everywhere. */
    public boolean all(Bound bound) {
      return !samples.isEmpty() && samples.stream().allMatch(s -> bound.test(s.value()));
    }
  }

  /**
   * The source could not answer.
   *
   * @param retryable whether asking again later may help (a timeout) or not (a bad query)
   */
  record Unavailable(String reason, boolean retryable) implements MetricReading {
    public Unavailable {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
