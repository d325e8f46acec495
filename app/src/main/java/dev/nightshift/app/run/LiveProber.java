package dev.nightshift.app.run;

import dev.nightshift.adapters.kafka.Kafka;
import dev.nightshift.adapters.redis.Redis;
import dev.nightshift.adapters.supervisor.Supervisord;
import dev.nightshift.core.diagnosis.Prober;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.Healthcheck;
import dev.nightshift.core.topology.Coordinates;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.Node;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Runs each healthcheck method against the system it names, through the configured clients. */
final class LiveProber implements Prober {

  private record Probe(Healthcheck check, Coordinates where) {}

  private final Connections c;
  private final LiveLogs logs;
  private final Sources sources;
  private final Sight sight;
  private final Duration probeTimeout;
  // log_recency needs the node's log spec, which a probe's coordinates do not carry.
  private final Map<Probe, Node> nodes = new HashMap<>();

  LiveProber(
      Connections connections,
      DependencyTree tree,
      LiveLogs logs,
      Sources sources,
      Sight sight,
      Duration probeTimeout) {
    this.c = connections;
    this.logs = logs;
    this.sources = sources;
    this.sight = sight;
    this.probeTimeout = probeTimeout;
    for (Node node : tree.nodes()) {
      node.healthcheck().ifPresent(h -> nodes.put(new Probe(h, node.coordinates()), node));
    }
  }

  @Override
  public Health check(Healthcheck check, Coordinates where) {
    Optional<Node> node = Optional.ofNullable(nodes.get(new Probe(check, where)));
    Health health = run(check, where, node);
    return sources
        .of(check, where, node.flatMap(Node::logs))
        .map(source -> sight.saw(source, health))
        .orElse(health);
  }

  private Health run(Healthcheck check, Coordinates where, Optional<Node> node) {
    Duration timeout = check.timeout().orElse(probeTimeout);
    return switch (check) {
      case Healthcheck.ConsumerLag l ->
          kafka(l.cluster().or(where::cluster))
              .map(k ->
                  k.consumerLag(l.consumerGroup(), l.topic().or(where::topic), l.lagThreshold()))
              .orElseGet(() -> missing("Kafka cluster", c.kafka, l.cluster().or(where::cluster)));
      case Healthcheck.TopicFreshness t ->
          kafka(t.cluster().or(where::cluster))
              .map(k -> k.topicFreshness(t.topic(), t.maxAge()))
              .orElseGet(() -> missing("Kafka cluster", c.kafka, t.cluster().or(where::cluster)));
      case Healthcheck.PromQlCondition p ->
          c.prometheus.map(pr -> pr.probe(p)).orElseGet(LiveProber::noPrometheus);
      case Healthcheck.PromQlQuery q ->
          c.prometheus.map(pr -> pr.probe(q)).orElseGet(LiveProber::noPrometheus);
      case Healthcheck.Redis r ->
          Connections.named(c.redis, r.instance().or(where::redis))
              .map((Redis redis) -> redis.probe(r.condition()))
              .orElseGet(() -> missing("Redis", c.redis, r.instance().or(where::redis)));
      case Healthcheck.SupervisorState s ->
          Connections.named(c.supervisord, s.endpoint().or(where::supervisor))
              .map((Supervisord sd) -> sd.state(s.group(), s.process(), s.expectStates()))
              .orElseGet(
                  () -> missing("supervisord", c.supervisord, s.endpoint().or(where::supervisor)));
      case Healthcheck.LogRecency r ->
          node.map(n -> logs.recency(n, r))
              .orElseGet(() -> Health.unknown("log_recency needs a node with logs"));
      case Healthcheck.TcpConnect t -> c.http.tcp(t, timeout);
      case Healthcheck.Http h -> c.http.probe(h, timeout);
      case Healthcheck.Command cmd -> c.commands.probe(cmd, timeout);
    };
  }

  private Optional<Kafka> kafka(Optional<String> cluster) {
    return Connections.named(c.kafka, cluster);
  }

  private static Health missing(String kind, Map<String, ?> all, Optional<String> name) {
    return Health.unknown(Connections.missing(kind, all, name));
  }

  private static Health noPrometheus() {
    return Health.unknown("no prometheus is configured in nightshift.yaml");
  }
}
