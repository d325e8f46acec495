package dev.nightshift.core.topology;

import dev.nightshift.core.sla.Sla;
import dev.nightshift.core.sla.SlaId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * The map an agent traverses when something breaks: SLAs at the top, nodes below, shared nodes
 * (such as one Redis under several SLAs) defined once. Walked top-down for diagnosis and bottom-up
 * for impact. Always valid: unique ids, no dangling references, no cycles.
 */
public final class DependencyTree {

  private final Map<SlaId, SlaRoot> roots;
  private final Map<NodeId, Node> nodes;
  private final Map<NodeId, List<NodeId>> dependentNodes;
  private final Map<NodeId, List<SlaId>> dependentSlas;

  private DependencyTree(Map<SlaId, SlaRoot> roots, Map<NodeId, Node> nodes) {
    this.roots = Collections.unmodifiableMap(roots);
    this.nodes = Collections.unmodifiableMap(nodes);
    Map<NodeId, List<NodeId>> upNodes = new LinkedHashMap<>();
    Map<NodeId, List<SlaId>> upSlas = new LinkedHashMap<>();
    for (NodeId id : nodes.keySet()) {
      upNodes.put(id, new ArrayList<>());
      upSlas.put(id, new ArrayList<>());
    }
    nodes.values().forEach(n -> n.dependsOn().forEach(c -> upNodes.get(c).add(n.id())));
    roots.values().forEach(r -> r.dependsOn().forEach(c -> upSlas.get(c).add(r.sla().id())));
    this.dependentNodes = upNodes;
    this.dependentSlas = upSlas;
  }

  /**
   * Builds a tree, rejecting duplicate ids, references to undefined nodes and cycles. Callers that
   * report problems to users check these first; here they are bugs.
   */
  public static DependencyTree of(List<SlaRoot> slas, List<Node> nodes) {
    Map<SlaId, SlaRoot> roots = new LinkedHashMap<>();
    for (SlaRoot root : slas) {
      if (roots.put(root.sla().id(), root) != null) {
        throw new IllegalArgumentException("SLA " + root.sla().id() + " is defined twice");
      }
    }
    Map<NodeId, Node> byId = new LinkedHashMap<>();
    for (Node node : nodes) {
      if (byId.put(node.id(), node) != null) {
        throw new IllegalArgumentException("node " + node.id() + " is defined twice");
      }
    }
    slas.forEach(r -> r.dependsOn().forEach(id -> requireDefined(byId, id, "SLA " + r.sla().id())));
    nodes.forEach(n -> n.dependsOn().forEach(id -> requireDefined(byId, id, "node " + n.id())));
    Map<NodeId, List<NodeId>> edges = new LinkedHashMap<>();
    byId.values().forEach(n -> edges.put(n.id(), n.dependsOn()));
    List<List<NodeId>> cycles = Cycles.find(edges);
    if (!cycles.isEmpty()) {
      throw new IllegalArgumentException("dependency cycle: " + cycles.getFirst());
    }
    return new DependencyTree(roots, byId);
  }

  private static void requireDefined(Map<NodeId, Node> byId, NodeId id, String referrer) {
    if (!byId.containsKey(id)) {
      throw new IllegalArgumentException(referrer + " depends on undefined node " + id);
    }
  }

  /** The SLAs in the order they were written. */
  public List<Sla> slas() {
    return roots.values().stream().map(SlaRoot::sla).toList();
  }

  public Optional<Sla> sla(SlaId id) {
    return Optional.ofNullable(roots.get(id)).map(SlaRoot::sla);
  }

  /** The nodes an SLA directly depends on. */
  public List<NodeId> roots(SlaId sla) {
    SlaRoot root = roots.get(sla);
    if (root == null) {
      throw new NoSuchElementException("no SLA " + sla);
    }
    return root.dependsOn();
  }

  /** Every node, in the order the file defines them. */
  public Collection<Node> nodes() {
    return nodes.values();
  }

  public Optional<Node> node(NodeId id) {
    return Optional.ofNullable(nodes.get(id));
  }

  public Node require(NodeId id) {
    Node node = nodes.get(id);
    if (node == null) {
      throw new NoSuchElementException("no node " + id);
    }
    return node;
  }

  public List<NodeId> children(NodeId id) {
    return require(id).dependsOn();
  }

  /** The nodes that directly depend on {@code id}. */
  public List<NodeId> parents(NodeId id) {
    require(id);
    return List.copyOf(dependentNodes.get(id));
  }

  /**
   * Every node under an SLA, depth-first from the SLA as an operator would walk down it: each node
   * right after the node through which it is first reached, siblings in written order, each once
   * even when shared by several branches. (For an order in which every node comes after all of its
   * dependencies, use {@link #walkDependenciesFirst}.)
   */
  public List<NodeId> walk(SlaId sla) {
    List<NodeId> order = new ArrayList<>();
    Set<NodeId> seen = new HashSet<>();
    Deque<NodeId> stack = new ArrayDeque<>();
    roots(sla).reversed().forEach(stack::push);
    while (!stack.isEmpty()) {
      NodeId id = stack.pop();
      if (seen.add(id)) {
        order.add(id);
        nodes.get(id).dependsOn().reversed().forEach(stack::push);
      }
    }
    return order;
  }

  /**
   * Every node under an SLA with each node after all of its dependencies: the order in which a
   * diagnosis can decide a parent's fault once its children are known.
   */
  public List<NodeId> walkDependenciesFirst(SlaId sla) {
    List<NodeId> order = new ArrayList<>();
    Set<NodeId> done = new HashSet<>();
    for (NodeId root : roots(sla)) {
      postOrder(root, done, order);
    }
    return order;
  }

  private void postOrder(NodeId start, Set<NodeId> done, List<NodeId> order) {
    Deque<NodeId> stack = new ArrayDeque<>();
    Set<NodeId> expanded = new HashSet<>();
    stack.push(start);
    while (!stack.isEmpty()) {
      NodeId id = stack.peek();
      if (done.contains(id)) {
        stack.pop();
      } else if (expanded.add(id)) {
        nodes.get(id).dependsOn().reversed().forEach(stack::push);
      } else {
        stack.pop();
        done.add(id);
        order.add(id);
      }
    }
  }

  /**
   * What breaks if {@code id} goes down: dependent nodes nearest first, and the SLAs above them.
   */
  public Impact impact(NodeId id) {
    require(id);
    Set<NodeId> seen = new LinkedHashSet<>();
    Set<SlaId> slas = new HashSet<>(dependentSlas.get(id));
    Deque<NodeId> queue = new ArrayDeque<>(dependentNodes.get(id));
    while (!queue.isEmpty()) {
      NodeId next = queue.poll();
      if (seen.add(next)) {
        slas.addAll(dependentSlas.get(next));
        queue.addAll(dependentNodes.get(next));
      }
    }
    List<SlaId> ordered = roots.keySet().stream().filter(slas::contains).toList();
    return new Impact(id, ordered, List.copyOf(seen));
  }
}
