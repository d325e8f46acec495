package dev.nightshift.core.change;

import java.time.Instant;
import java.util.List;

/** Keeps change events durably, for correlation and reports. */
public interface ChangeEvents {

  void record(ChangeEvent event);

  /** The events at or after {@code from} and before {@code to}, oldest first. */
  List<ChangeEvent> between(Instant from, Instant to);
}
