package dev.nightshift.core.diagnosis;

import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.NodeId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the root cause in a walk's findings: the deepest nodes that are unhealthy or degraded while
 * nothing below them is. Parallel dependencies are weighed alike, so a consumer that is unhealthy
 * above a healthy topic and a broken Redis points at Redis.
 */
final class Localiser {

  private Localiser() {}

  static RootCause locate(DependencyTree tree, List<NodeFinding> findings) {
    Map<NodeId, HealthStatus> status = new HashMap<>();
    findings.forEach(f -> status.put(f.node(), f.status()));
    Map<NodeId, Boolean> abnormalBelow = new HashMap<>();
    List<NodeId> causes = new ArrayList<>();
    List<String> caveats = new ArrayList<>();
    Set<NodeId> unchecked = new LinkedHashSet<>();
    for (NodeFinding f : findings) {
      if (!f.status().isAbnormal()) {
        continue;
      }
      if (!isAbnormalBelow(tree, f.node(), status, abnormalBelow)) {
        List<NodeId> below = descendants(tree, f.node());
        causes.add(f.node());
        List<NodeId> unknown =
            below.stream().filter(n -> status.get(n) == HealthStatus.UNKNOWN).toList();
        if (!unknown.isEmpty()) {
          unchecked.addAll(unknown);
          caveats.add(f.node() + " depends on " + names(unknown) + ", which could not be checked");
        }
      }
    }
    List<NodeId> unknown =
        findings.stream()
            .filter(f -> f.status() == HealthStatus.UNKNOWN)
            .map(NodeFinding::node)
            .toList();
    if (!causes.isEmpty()) {
      String why =
          names(causes)
              + (causes.size() == 1 ? " is" : " are")
              + " abnormal while everything below is healthy";
      return new RootCause.Located(
          causes,
          List.copyOf(unchecked),
          caveats.isEmpty() ? why : why + "; but " + String.join("; ", caveats));
    }
    if (!unknown.isEmpty()) {
      return new RootCause.Undetermined(
          unknown, "no node is abnormal, but " + names(unknown) + " could not be checked");
    }
    return new RootCause.NoneFound("every node on the path is healthy");
  }

  // Memoised over shared subtrees, so a 1 000-node tree is visited once however many nodes fail.
  private static boolean isAbnormalBelow(
      DependencyTree tree,
      NodeId node,
      Map<NodeId, HealthStatus> status,
      Map<NodeId, Boolean> memo) {
    Boolean known = memo.get(node);
    if (known != null) {
      return known;
    }
    boolean below = false;
    for (NodeId child : tree.children(node)) {
      below |= status.get(child).isAbnormal() || isAbnormalBelow(tree, child, status, memo);
    }
    memo.put(node, below);
    return below;
  }

  private static List<NodeId> descendants(DependencyTree tree, NodeId node) {
    Set<NodeId> out = new LinkedHashSet<>();
    Deque<NodeId> frontier = new ArrayDeque<>(tree.children(node));
    while (!frontier.isEmpty()) {
      NodeId next = frontier.pop();
      if (out.add(next)) {
        frontier.addAll(tree.children(next));
      }
    }
    return List.copyOf(out);
  }

  private static String names(List<NodeId> nodes) {
    return nodes.stream().map(NodeId::toString).collect(Collectors.joining(", "));
  }
}
