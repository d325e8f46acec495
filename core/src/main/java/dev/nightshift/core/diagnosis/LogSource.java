package dev.nightshift.core.diagnosis;

import dev.nightshift.core.telemetry.LogReading;
import dev.nightshift.core.topology.Node;
import java.time.Duration;

/** Where a node's recent error lines come from: Loki, a file or supervisord in production. */
public interface LogSource {

  /**
   * The node's error lines (those matching its log spec's error pattern) of the last {@code since}.
   */
  LogReading recentErrors(Node node, Duration since);
}
