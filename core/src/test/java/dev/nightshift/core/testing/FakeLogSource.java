package dev.nightshift.core.testing;

import dev.nightshift.core.diagnosis.LogSource;
import dev.nightshift.core.telemetry.LogLine;
import dev.nightshift.core.telemetry.LogReading;
import dev.nightshift.core.topology.Node;
import dev.nightshift.core.topology.NodeId;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Error lines scripted per node (none unless scripted), and a record of which nodes were asked for
 * how far back. Safe to call from many threads.
 */
public final class FakeLogSource implements LogSource {

  /** A question the walk asked. */
  public record Request(NodeId node, Duration since) {}

  /** When the scripted lines were written. */
  public static final Instant LINES_AT = Instant.parse("2026-03-01T10:00:00Z");

  private final Map<NodeId, LogReading> readings = new ConcurrentHashMap<>();
  private final Queue<Request> requests = new ConcurrentLinkedQueue<>();

  /** Node {@code node}'s recent errors are {@code texts}, written at {@link #LINES_AT}. */
  public FakeLogSource lines(String node, String... texts) {
    List<LogLine> lines = Arrays.stream(texts).map(t -> new LogLine(LINES_AT, t)).toList();
    return answer(node, new LogReading.Lines(lines));
  }

  public FakeLogSource answer(String node, LogReading reading) {
    readings.put(new NodeId(node), reading);
    return this;
  }

  /** Every question asked, in order. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The nodes asked about, in order. */
  public List<NodeId> asked() {
    return requests().stream().map(Request::node).toList();
  }

  @Override
  public LogReading recentErrors(Node node, Duration since) {
    requests.add(new Request(node.id(), since));
    return readings.getOrDefault(node.id(), new LogReading.Lines(List.of()));
  }
}
