package dev.nightshift.sim;

import dev.nightshift.core.diagnosis.LogSource;
import dev.nightshift.core.telemetry.LogLine;
import dev.nightshift.core.telemetry.LogReading;
import dev.nightshift.core.topology.LogSpec;
import dev.nightshift.core.topology.Node;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The simulated log store: the lines a scenario makes a node write, filtered by the node's error
 * pattern as Loki would be; a node without a log spec has no readable logs.
 */
final class SimLogs implements LogSource {

  private final World world;
  private final VirtualClock clock;
  private final Duration latency;

  SimLogs(World world, VirtualClock clock, Duration latency) {
    this.world = world;
    this.clock = clock;
    this.latency = latency;
  }

  @Override
  public LogReading recentErrors(Node node, Duration since) {
    clock.advance(latency);
    Optional<LogSpec> spec = node.logs();
    if (spec.isEmpty()) {
      return new LogReading.Lines(List.of());
    }
    Instant now = clock.instant();
    Pattern errors = Pattern.compile(spec.get().errorPattern());
    List<LogLine> lines =
        world.lines(node.id(), now.minus(since), now).stream()
            .filter(l -> errors.matcher(l.text()).find())
            .toList();
    return new LogReading.Lines(lines);
  }
}
