package dev.nightshift.app.run;

import dev.nightshift.adapters.logs.LogText;
import dev.nightshift.adapters.supervisor.TailResult;
import dev.nightshift.core.diagnosis.LogSource;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.Healthcheck;
import dev.nightshift.core.telemetry.LogLine;
import dev.nightshift.core.telemetry.LogReading;
import dev.nightshift.core.topology.LogSpec;
import dev.nightshift.core.topology.Node;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a node's log where its spec says: Loki when it has a query and Loki is configured, else its
 * file, else the process's output through supervisord.
 */
final class LiveLogs implements LogSource {

  static final int LIMIT = 200;
  private static final int SUPERVISOR_TAIL_BYTES = 64 * 1024;

  private final Connections c;
  private final Sources sources;
  private final Sight sight;
  private final Clock clock;

  LiveLogs(Connections connections, Sources sources, Sight sight, Clock clock) {
    this.c = connections;
    this.sources = sources;
    this.sight = sight;
    this.clock = clock;
  }

  @Override
  public LogReading recentErrors(Node node, Duration since) {
    return read(node, since, LIMIT, true);
  }

  /**
   * The {@code log_recency} check: Loki and files judge it themselves (a file without timestamps by
   * its modification time); a supervisord tail by its newest line within the allowed age.
   */
  Health recency(Node node, Healthcheck.LogRecency check) {
    Optional<LogSpec> spec = node.logs();
    if (spec.isPresent() && spec.get().lokiQuery().isPresent() && c.loki.isPresent()) {
      return c.loki.get().recency(spec.get().lokiQuery().get(), check);
    }
    if (spec.isPresent() && spec.get().file().isPresent()) {
      return c.files.recency(spec.get().file().get(), check);
    }
    return switch (read(node, check.maxAge(), 1, false)) {
      case LogReading.Unavailable u -> Health.unknown(u.reason());
      case LogReading.Lines lines when lines.lines().isEmpty() ->
          Health.unhealthy("no log line in the last " + check.maxAge().toSeconds() + "s");
      case LogReading.Lines lines -> {
        LogLine newest = lines.lines().getLast();
        double age = Duration.between(newest.at(), clock.instant()).toMillis() / 1000.0;
        yield Health.measured(
            HealthStatus.HEALTHY, age, "newest log line " + Math.round(age) + "s ago");
      }
    };
  }

  private LogReading read(Node node, Duration since, int limit, boolean errorsOnly) {
    Optional<LogSpec> logs = node.logs();
    if (logs.isEmpty()) {
      return new LogReading.Unavailable(node.id() + " has no logs configured", false);
    }
    LogSpec spec = logs.get();
    String source = sources.ofLogs(spec, node.coordinates());
    LogReading reading = fetch(spec, node, since, limit, errorsOnly);
    switch (reading) {
      case LogReading.Unavailable u -> sight.lost(source, u.reason());
      case LogReading.Lines l -> sight.back(source);
    }
    return reading;
  }

  private LogReading fetch(LogSpec spec, Node node, Duration since, int limit, boolean errorsOnly) {
    if (spec.lokiQuery().isPresent() && c.loki.isPresent()) {
      return errorsOnly
          ? c.loki.get().recentErrors(spec.lokiQuery().get(), spec.errorPattern(), since, limit)
          : c.loki.get().recentLines(spec.lokiQuery().get(), since, limit);
    }
    if (spec.file().isPresent()) {
      return errorsOnly
          ? c.files.recentErrors(spec.file().get(), spec.errorPattern(), since, limit)
          : c.files.recentLines(spec.file().get(), since, limit);
    }
    if (spec.supervisor()) {
      return supervisorTail(spec, node, since, limit, errorsOnly);
    }
    return new LogReading.Unavailable(
        node.id() + " reads its logs from Loki, and no loki is configured in nightshift.yaml",
        false);
  }

  private LogReading supervisorTail(
      LogSpec spec, Node node, Duration since, int limit, boolean errorsOnly) {
    Optional<String> endpoint = node.coordinates().supervisor();
    var supervisord = Connections.named(c.supervisord, endpoint);
    Optional<String> process = node.coordinates().supervisorName();
    if (supervisord.isEmpty() || process.isEmpty()) {
      return new LogReading.Unavailable(
          supervisord.isEmpty()
              ? Connections.missing("supervisord", c.supervisord, endpoint)
              : node.id() + " has no supervisor_process to read the output of",
          false);
    }
    return switch (supervisord.get().tail(process.get(), SUPERVISOR_TAIL_BYTES)) {
      case TailResult.Unavailable u -> new LogReading.Unavailable(u.reason(), u.retryable());
      case TailResult.Text text ->
          filter(
              Stream.concat(
                      LogText.parse(text.stdout(), clock.instant()).stream(),
                      LogText.parse(text.stderr(), clock.instant()).stream())
                  .sorted(Comparator.comparing(LogLine::at))
                  .toList(),
              spec,
              since,
              limit,
              errorsOnly);
    };
  }

  private LogReading filter(
      List<LogLine> lines, LogSpec spec, Duration since, int limit, boolean errorsOnly) {
    Instant from = clock.instant().minus(since);
    Pattern errors = Pattern.compile(spec.errorPattern());
    List<LogLine> kept =
        lines.stream()
            .filter(l -> !l.at().isBefore(from))
            .filter(l -> !errorsOnly || errors.matcher(l.text()).find())
            .toList();
    return new LogReading.Lines(kept.subList(Math.max(0, kept.size() - limit), kept.size()));
  }
}
