package dev.nightshift.app.cli;

import dev.nightshift.core.sla.Sla;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.Impact;
import dev.nightshift.core.topology.Node;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.core.topology.NodeType;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tree as text, drawn top-down; a shared node is drawn in full the first time and referred to
 * afterwards, so the output stays as large as the tree however often nodes are shared.
 */
final class TreeText {

  private final DependencyTree tree;
  private final StringBuilder out = new StringBuilder();
  private final Set<NodeId> drawn = new HashSet<>();

  private TreeText(DependencyTree tree) {
    this.tree = tree;
  }

  static String tree(DependencyTree tree, List<Sla> slas) {
    TreeText text = new TreeText(tree);
    for (Sla sla : slas) {
      text.sla(sla);
    }
    return text.out.toString();
  }

  static String impact(Impact impact) {
    return "If "
        + impact.node()
        + " goes down:\n  SLAs:  "
        + (impact.slas().isEmpty()
            ? "none"
            : impact.slas().stream().map(Object::toString).collect(Collectors.joining(", ")))
        + "\n  nodes: "
        + (impact.nodes().isEmpty()
            ? "none"
            : impact.nodes().stream().map(Object::toString).collect(Collectors.joining(", ")));
  }

  private void sla(Sla sla) {
    out.append(sla.id());
    if (!sla.description().isEmpty()) {
      out.append(" — ").append(sla.description());
    }
    out.append("\n  SLA ")
        .append(Describe.objective(sla))
        .append(" · severity ")
        .append(sla.severity());
    out.append("\n  measured by ").append(Describe.measuredBy(sla)).append('\n');
    children(tree.roots(sla.id()), "");
    out.append('\n');
  }

  private void children(List<NodeId> ids, String indent) {
    for (int i = 0; i < ids.size(); i++) {
      boolean last = i == ids.size() - 1;
      node(tree.require(ids.get(i)), indent, last);
    }
  }

  private void node(Node node, String indent, boolean last) {
    out.append(indent).append(last ? "└─ " : "├─ ").append(node.id());
    if (!drawn.add(node.id())) {
      out.append(" (shared, see above)\n");
      return;
    }
    out.append("  ").append(node.type());
    if (node.type() == NodeType.EXTERNAL) {
      out.append(" (detect only)");
    }
    out.append("  ").append(node.healthcheck().map(Describe::healthcheck).orElse("no healthcheck"));
    Map<String, String> coordinates = node.coordinates().asMap();
    if (!coordinates.isEmpty()) {
      out.append("  ")
          .append(
              coordinates.entrySet().stream()
                  .map(e -> e.getKey() + "=" + e.getValue())
                  .collect(Collectors.joining(" ")));
    }
    out.append('\n');
    children(node.dependsOn(), indent + (last ? "   " : "│  "));
  }
}
