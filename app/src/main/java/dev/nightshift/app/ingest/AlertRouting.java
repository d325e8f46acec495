package dev.nightshift.app.ingest;

import dev.nightshift.core.pipeline.ExternalAlert;
import dev.nightshift.core.sla.Sla;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns an Alertmanager alert into the agent's {@link ExternalAlert} when the configuration knows
 * what it is about (label {@code sla}, label {@code node}, or an {@code alertname} that an SLA
 * lists as an alert or its gatus_check; the rules the agent applies), or says why not, so that a
 * misrouted alert is visible to the operator instead of silently dropped.
 */
final class AlertRouting {

  static final String SOURCE = "alertmanager";

  /** The outcome for one alert. */
  sealed interface Route {
    record Routed(ExternalAlert alert) implements Route {}

    record Ignored(String reason) implements Route {}
  }

  private final DependencyTree tree;

  AlertRouting(DependencyTree tree) {
    this.tree = tree;
  }

  Route route(AlertmanagerAlert alert) {
    Optional<String> slaLabel = alert.label("sla");
    Optional<String> nodeLabel = alert.label("node");
    Optional<String> name = alert.label("alertname");
    if (slaLabel.isEmpty() && nodeLabel.isEmpty() && name.isEmpty()) {
      return new Route.Ignored("it has no sla, node or alertname label");
    }
    List<String> misses = new ArrayList<>();
    Optional<SlaId> sla = slaLabel.flatMap(s -> knownSla(s, misses));
    Optional<NodeId> node = nodeLabel.flatMap(n -> knownNode(n, misses));
    boolean named = name.isPresent() && namesAnSla(name.get(), misses);
    if (sla.isEmpty() && node.isEmpty() && !named) {
      return new Route.Ignored(String.join("; ", misses));
    }
    return new Route.Routed(new ExternalAlert(SOURCE, name, sla, node, summary(alert)));
  }

  private Optional<SlaId> knownSla(String value, List<String> misses) {
    Optional<SlaId> id =
        tree.slas().stream().map(Sla::id).filter(i -> i.value().equals(value)).findFirst();
    if (id.isEmpty()) {
      misses.add("label sla=\"" + value + "\" names no configured SLA");
    }
    return id;
  }

  private Optional<NodeId> knownNode(String value, List<String> misses) {
    Optional<NodeId> id =
        NodeId.isValid(value) ? tree.node(new NodeId(value)).map(n -> n.id()) : Optional.empty();
    if (id.isEmpty()) {
      misses.add("label node=\"" + value + "\" names no node of the dependency tree");
      return id;
    }
    if (tree.impact(id.get()).slas().isEmpty()) {
      misses.add("node " + value + " is under no SLA");
      return Optional.empty();
    }
    return id;
  }

  private boolean namesAnSla(String name, List<String> misses) {
    for (Sla sla : tree.slas()) {
      if (sla.gatusCheck().equals(Optional.of(name)) || sla.alerts().contains(name)) {
        return true;
      }
    }
    misses.add("alertname \"" + name + "\" is in no SLA's alerts or gatus_check");
    return false;
  }

  private static String summary(AlertmanagerAlert alert) {
    Optional<String> text =
        Optional.ofNullable(alert.annotations().get("summary"))
            .or(() -> Optional.ofNullable(alert.annotations().get("description")))
            .filter(t -> !t.isBlank());
    return text.map(t -> alert.name() + ": " + t).orElse(alert.name());
  }
}
