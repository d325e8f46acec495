package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Problems;
import dev.nightshift.app.config.yaml.Suggestions;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.core.sla.Sla;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.topology.Cycles;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.Node;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.core.topology.SlaRoot;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads dependency_tree.yaml in the seed's format: SLAs under {@code metrics:}, nodes nested under
 * {@code depends_on}, a node defined once and referenced elsewhere by {@code - node: ID} alone.
 * Optional top-level {@code nodes:} holds shared definitions.
 */
final class TreeReader {

  /** A dependency as written: who lists it, which id, and where. */
  private record Reference(Optional<NodeId> parentNode, NodeId child, YamlNode at) {}

  private final Problems problems;
  private final NodeReader nodes;
  private final SlaReader slas;
  private final Map<NodeId, TreeIndex.Entry> definitions = new LinkedHashMap<>();
  private final Map<NodeId, Node> built = new LinkedHashMap<>();
  private final List<Reference> references = new ArrayList<>();
  private boolean complete = true;

  TreeReader(Problems problems, NodeReader nodes, SlaReader slas) {
    this.problems = problems;
    this.nodes = nodes;
    this.slas = slas;
  }

  TreeIndex read(MapReader root) {
    List<SlaRoot> roots = new ArrayList<>();
    Optional<MapReader> metrics = root.requiredMap("metrics");
    metrics.ifPresent(
        m -> m.mapping().entries().values().forEach(e -> sla(m, e).ifPresent(roots::add)));
    for (YamlNode item : root.list("nodes")) {
      MapReader.of(item, problems).ifPresent(this::sharedDefinition);
    }
    root.finish();
    complete &= metrics.isPresent() && checkReferences() && checkCycles();
    warnUnreachable();
    Optional<DependencyTree> tree =
        complete && !definitions.isEmpty()
            ? Optional.of(DependencyTree.of(roots, List.copyOf(built.values())))
            : Optional.empty();
    return new TreeIndex(tree, definitions, true);
  }

  private Optional<SlaRoot> sla(MapReader metrics, YamlNode.Entry entry) {
    metrics.allow(entry.key());
    if (!SlaId.isValid(entry.key())) {
      problems.error(
          entry.keySource(),
          metrics.pathOf(entry.key()),
          "an SLA name holds letters, digits, '_', '.', ':' and '-'");
      complete = false;
      return Optional.empty();
    }
    Optional<MapReader> r = MapReader.of(entry.value(), problems);
    if (r.isEmpty()) {
      complete = false;
      return Optional.empty();
    }
    SlaId id = new SlaId(entry.key());
    Optional<Sla> sla = slas.read(id, r.get());
    List<NodeId> children = children(r.get(), "SLA " + id, Optional.empty());
    if (children.isEmpty()) {
      problems.warning(
          r.get().mapping(), "no depends_on: a breach can be reported but not diagnosed");
    }
    r.get().finish();
    complete &= sla.isPresent();
    return sla.map(s -> new SlaRoot(s, children));
  }

  /** The ids listed under {@code depends_on}, defining the ones written in full. */
  private List<NodeId> children(MapReader r, String parent, Optional<NodeId> parentNode) {
    List<NodeId> ids = new ArrayList<>();
    Set<NodeId> seen = new HashSet<>();
    for (YamlNode item : r.list("depends_on")) {
      Optional<NodeId> id = MapReader.of(item, problems).flatMap(this::entry);
      if (id.isEmpty()) {
        complete = false;
      } else if (!seen.add(id.get())) {
        problems.error(item, parent + " lists '" + id.get() + "' twice");
        complete = false;
      } else {
        ids.add(id.get());
        references.add(new Reference(parentNode, id.get(), item));
      }
    }
    return ids;
  }

  /** A dependency entry: a reference ({@code node} alone) or a definition. */
  private Optional<NodeId> entry(MapReader r) {
    Optional<NodeId> id = id(r);
    if (id.isPresent() && r.mapping().entries().size() > 1) {
      definition(r, id.get());
    }
    return id;
  }

  private Optional<NodeId> id(MapReader r) {
    Optional<String> text = r.requiredText("node");
    if (text.isPresent() && !NodeId.isValid(text.get())) {
      problems.error(
          r.node("node").orElseThrow(),
          "'"
              + text.get()
              + "' is not a valid node id: use letters, digits, '_', '.', ':' and '-'");
      return Optional.empty();
    }
    return text.map(NodeId::new);
  }

  private void definition(MapReader r, NodeId id) {
    TreeIndex.Entry previous = definitions.get(id);
    if (previous != null) {
      problems.error(
          r.mapping(),
          "node '"
              + id
              + "' is already defined at "
              + previous.source()
              + "; to use it here, write only '- node: "
              + id
              + "'");
      complete = false;
      return;
    }
    NodeReader.Fields f = nodes.read(r, id.value());
    definitions.put(
        id,
        new TreeIndex.Entry(
            id, f.type(), f.coordinates(), f.logs().isPresent(), r.source(), r.path()));
    List<NodeId> children = children(r, "node '" + id + "'", Optional.of(id));
    r.finish();
    if (f.type().isEmpty() || !f.healthcheckValid() || children.contains(id)) {
      complete = false;
      return;
    }
    built.put(
        id,
        new Node(
            id,
            f.type().get(),
            f.description(),
            f.coordinates(),
            f.healthcheck(),
            f.logs(),
            f.metrics(),
            f.alerts(),
            f.limits(),
            f.notes(),
            children));
  }

  private void sharedDefinition(MapReader r) {
    Optional<NodeId> id = id(r);
    if (id.isPresent() && r.mapping().entries().size() == 1) {
      problems.error(
          r.mapping(),
          "nodes: holds definitions, but '"
              + id.get()
              + "' has only an id; add its type and checks");
      complete = false;
    } else if (id.isPresent()) {
      definition(r, id.get());
    } else {
      complete = false;
    }
  }

  private boolean checkReferences() {
    boolean ok = true;
    List<String> defined = definitions.keySet().stream().map(NodeId::value).toList();
    for (Reference ref : references) {
      if (!definitions.containsKey(ref.child())) {
        String hint = Suggestions.didYouMean(ref.child().value(), defined);
        problems.error(
            ref.at(), "node '" + ref.child() + "' is not defined anywhere in the tree" + hint);
        ok = false;
      }
    }
    return ok;
  }

  /** The node-to-node edges as written, dangling ones included. */
  private Map<NodeId, List<NodeId>> edges() {
    Map<NodeId, List<NodeId>> edges = new LinkedHashMap<>();
    definitions.keySet().forEach(id -> edges.put(id, new ArrayList<>()));
    references.forEach(r -> r.parentNode().ifPresent(p -> edges.get(p).add(r.child())));
    return edges;
  }

  private boolean checkCycles() {
    List<List<NodeId>> cycles = Cycles.find(edges());
    for (List<NodeId> cycle : cycles) {
      Optional<NodeId> from = Optional.of(cycle.get(cycle.size() - 2));
      NodeId to = cycle.getLast();
      YamlNode at =
          references.stream()
              .filter(r -> r.parentNode().equals(from) && r.child().equals(to))
              .findFirst()
              .orElseThrow()
              .at();
      problems.error(
          at,
          "dependency cycle: " + String.join(" → ", cycle.stream().map(NodeId::value).toList()));
    }
    return cycles.isEmpty();
  }

  private void warnUnreachable() {
    Map<NodeId, List<NodeId>> edges = edges();
    Set<NodeId> reachable = new HashSet<>();
    ArrayDeque<NodeId> queue = new ArrayDeque<>();
    references.stream().filter(r -> r.parentNode().isEmpty()).forEach(r -> queue.add(r.child()));
    while (!queue.isEmpty()) {
      NodeId next = queue.poll();
      if (reachable.add(next)) {
        queue.addAll(edges.getOrDefault(next, List.of()));
      }
    }
    for (TreeIndex.Entry e : definitions.values()) {
      if (!reachable.contains(e.id())) {
        problems.warning(
            e.source(), e.path(), "node '" + e.id() + "' is not reachable from any SLA");
      }
    }
  }
}
