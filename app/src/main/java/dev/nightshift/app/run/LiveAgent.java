package dev.nightshift.app.run;

import dev.nightshift.app.config.Config;
import dev.nightshift.core.notify.Notifier;
import dev.nightshift.core.pipeline.Agent;
import dev.nightshift.core.pipeline.Parts;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.telemetry.MetricSource;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The agent against the real systems a configuration names: one client per system, the live ports
 * over them, node checks on virtual threads. Closing it closes the clients.
 */
public final class LiveAgent implements AutoCloseable {

  private final Connections connections;
  private final ExecutorService checks = Executors.newVirtualThreadPerTaskExecutor();
  private final Agent agent;

  public LiveAgent(Config config, Stores stores, Notifier notifier, PrintWriter out, Clock clock) {
    var settings = config.agent();
    this.connections =
        Connections.open(
            settings.telemetry(),
            config.policy().allowedPrograms(),
            settings.probeTimeout(),
            clock);
    // Redis refuses new connections exactly when it is out of clients, which is when a fix must
    // reach it: the connection each client keeps is opened now, while Redis still accepts one.
    connections.redis.values().forEach(redis -> redis.probe(Optional.empty()));
    Sources sources = new Sources(connections, config.tree());
    Sight sight = new Sight(sources, out, clock);
    LiveLogs logs = new LiveLogs(connections, sources, sight, clock);
    LiveProber prober =
        new LiveProber(connections, config.tree(), logs, sources, sight, settings.probeTimeout());
    MetricSource metrics = connections.prometheus.<MetricSource>map(p -> p).orElse(NO_PROMETHEUS);
    this.agent =
        new Agent(
            new Parts(
                config.tree(),
                config.knownErrors(),
                config.policy(),
                settings.slaCheckInterval(),
                settings.maxConcurrentIncidents(),
                new LiveSli(metrics, prober, sight),
                prober,
                logs,
                metrics,
                new LiveExecutor(connections),
                checks,
                stores,
                notifier,
                clock));
  }

  public Agent agent() {
    return agent;
  }

  @Override
  public void close() {
    checks.shutdownNow();
    connections.close();
  }

  private static final MetricSource NO_PROMETHEUS =
      new MetricSource() {
        @Override
        public MetricReading query(String promql) {
          return none();
        }

        @Override
        public MetricReading values(MetricCondition condition) {
          return none();
        }

        private MetricReading none() {
          return new MetricReading.Unavailable(
              "no prometheus is configured in nightshift.yaml", false);
        }
      };
}
