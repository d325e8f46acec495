package dev.nightshift.core.telemetry;

import java.util.List;
import java.util.Objects;

/** The answer to a log query: the lines, or why there are none. */
public sealed interface LogReading {

  record Lines(List<LogLine> lines) implements LogReading {
    public Lines {
      lines = List.copyOf(lines);
    }
  }

  record Unavailable(String reason, boolean retryable) implements LogReading {
    public Unavailable {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
