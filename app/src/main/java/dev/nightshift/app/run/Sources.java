package dev.nightshift.app.run;

import dev.nightshift.core.sla.Sla;
import dev.nightshift.core.sla.Sli;
import dev.nightshift.core.telemetry.Healthcheck;
import dev.nightshift.core.topology.Coordinates;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.LogSpec;
import dev.nightshift.core.topology.Node;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names the telemetry source behind each read (a Kafka cluster, a Redis instance, Prometheus, a log
 * file) and knows, from the tree, what the agent cannot see while that source is down.
 */
final class Sources {

  static final String PROMETHEUS = "prometheus";

  private final Connections connections;
  private final Map<String, Set<String>> dependents = new LinkedHashMap<>();

  Sources(Connections connections, DependencyTree tree) {
    this.connections = connections;
    for (Sla sla : tree.slas()) {
      sla.sli().ifPresent(sli -> of(sli).ifPresent(s -> depends(s, "the SLI of " + sla.id())));
    }
    for (Node node : tree.nodes()) {
      node.healthcheck()
          .flatMap(check -> of(check, node))
          .ifPresent(s -> depends(s, "the healthcheck of " + node.id()));
      node.logs()
          .map(spec -> ofLogs(spec, node.coordinates()))
          .ifPresent(s -> depends(s, "the logs of " + node.id()));
      if (!node.metrics().isEmpty()) {
        depends(PROMETHEUS, "the metrics of " + node.id());
      }
    }
  }

  /** What depends on {@code source}, for the blind report; empty when nothing configured does. */
  Set<String> dependents(String source) {
    return dependents.getOrDefault(source, Set.of());
  }

  Optional<String> of(Sli sli) {
    return switch (sli) {
      case Sli.Query q -> Optional.of(PROMETHEUS);
      case Sli.Probe p -> of(p.check(), Coordinates.NONE, Optional.empty());
    };
  }

  Optional<String> of(Healthcheck check, Node node) {
    return of(check, node.coordinates(), node.logs());
  }

  /** The shared source a check reads; none for checks of the target itself (tcp, http, command). */
  Optional<String> of(Healthcheck check, Coordinates where, Optional<LogSpec> logs) {
    return switch (check) {
      case Healthcheck.ConsumerLag l -> Optional.of(kafka(l.cluster().or(where::cluster)));
      case Healthcheck.TopicFreshness t -> Optional.of(kafka(t.cluster().or(where::cluster)));
      case Healthcheck.PromQlCondition p -> Optional.of(PROMETHEUS);
      case Healthcheck.PromQlQuery q -> Optional.of(PROMETHEUS);
      case Healthcheck.Redis r -> Optional.of(redis(r.instance().or(where::redis)));
      case Healthcheck.SupervisorState s ->
          Optional.of(supervisord(s.endpoint().or(where::supervisor)));
      case Healthcheck.LogRecency r -> logs.map(spec -> ofLogs(spec, where));
      case Healthcheck.TcpConnect t -> Optional.empty();
      case Healthcheck.Http h -> Optional.empty();
      case Healthcheck.Command c -> Optional.empty();
    };
  }

  /** Where a node's log lines are read: Loki when it has a query and Loki is configured. */
  String ofLogs(LogSpec spec, Coordinates where) {
    if (spec.lokiQuery().isPresent() && connections.loki.isPresent()) {
      return "loki";
    }
    if (spec.file().isPresent()) {
      return "file " + spec.file().get();
    }
    if (spec.supervisor()) {
      return supervisord(where.supervisor());
    }
    return "loki";
  }

  String kafka(Optional<String> name) {
    return "kafka " + resolved(connections.kafka, name);
  }

  String redis(Optional<String> name) {
    return "redis " + resolved(connections.redis, name);
  }

  String supervisord(Optional<String> name) {
    return "supervisord " + resolved(connections.supervisord, name);
  }

  private static String resolved(Map<String, ?> all, Optional<String> name) {
    return name.orElse(all.size() == 1 ? all.keySet().iterator().next() : "(unnamed)");
  }

  private void depends(String source, String what) {
    dependents.computeIfAbsent(source, s -> new LinkedHashSet<>()).add(what);
  }
}
