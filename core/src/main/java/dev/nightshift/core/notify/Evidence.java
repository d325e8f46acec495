package dev.nightshift.core.notify;

import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.notify.IncidentReport.Link;
import dev.nightshift.core.notify.IncidentReport.PathStep;
import dev.nightshift.core.sla.Sli;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.LogSpec;
import dev.nightshift.core.topology.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** The links of a report: the SLA's graph, the unhealthy nodes' metrics and logs, runbooks. */
record Evidence(DependencyTree tree, ReportLinks links) {

  List<Link> links(
      dev.nightshift.core.incident.Incident incident,
      List<PathStep> path,
      List<String> rootCause,
      Optional<KnownError> knownError) {
    List<Link> out = new ArrayList<>();
    tree.sla(incident.sla())
        .flatMap(s -> s.sli())
        .filter(Sli.Query.class::isInstance)
        .flatMap(q -> links.graph(incident.sla().toString(), ((Sli.Query) q).promql()))
        .ifPresent(out::add);
    for (PathStep step : path) {
      if (step.status().equals("healthy")) {
        continue;
      }
      Optional<Node> node =
          tree.nodes().stream().filter(n -> n.id().toString().equals(step.node())).findFirst();
      node.ifPresent(n -> {
        n.metrics().forEach(m -> links.graph(m, m).ifPresent(out::add));
        n.logs()
            .flatMap(LogSpec::lokiQuery)
            .flatMap(q -> links.logs(n.id().toString(), q))
            .ifPresent(out::add);
      });
    }
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    knownError.ifPresent(e -> ids.add(e.id().toString()));
    ids.addAll(rootCause);
    ids.forEach(id -> out.addAll(links.runbooks(id)));
    return out.stream().distinct().toList();
  }
}
