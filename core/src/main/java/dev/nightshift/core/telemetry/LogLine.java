package dev.nightshift.core.telemetry;

import java.time.Instant;
import java.util.Objects;

/** One log line as the log source returned it. */
public record LogLine(Instant at, String text) {

  public LogLine {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(text, "text");
  }
}
