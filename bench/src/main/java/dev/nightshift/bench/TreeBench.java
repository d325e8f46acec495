package dev.nightshift.bench;

import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.Impact;
import dev.nightshift.core.topology.Node;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.core.topology.SlaRoot;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The tree operations a diagnosis and {@code nightshift tree --impact} run, on the generated 1
 * 000-node platform (DESIGN §9: a walk over 1 000 nodes completes in well under a second). The tree
 * is the one the real loader builds from the generated YAML, healthchecks and all. Each operation
 * takes its worst case: the SLA whose walk visits the most nodes, the shared leaf whose failure
 * reaches the most of the platform.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TreeBench {

  private DependencyTree tree;
  private List<SlaRoot> roots;
  private List<Node> nodes;
  private SlaId sla;
  private NodeId leaf;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Generated platform = Generated.platform();
    tree = GeneratedConfig.load(platform).tree();
    roots = tree.slas().stream().map(s -> new SlaRoot(s, tree.roots(s.id()))).toList();
    nodes = List.copyOf(tree.nodes());
    sla =
        tree.slas().stream()
            .map(s -> s.id())
            .max(Comparator.comparingInt((SlaId s) -> tree.walk(s).size()))
            .orElseThrow();
    leaf =
        platform.leaves().stream()
            .map(s -> new NodeId(s.id()))
            .max(Comparator.comparingInt((NodeId n) -> tree.impact(n).nodes().size()))
            .orElseThrow();
    Impact impact = tree.impact(leaf);
    System.out.printf(
        "%ntree: %d SLAs, %d nodes, %d edges, depth %d; walk(%s) visits %d nodes;"
            + " impact(%s) reaches %d nodes and %d SLAs%n",
        roots.size(),
        nodes.size(),
        nodes.stream().mapToInt(n -> n.dependsOn().size()).sum(),
        depth(),
        sla,
        tree.walk(sla).size(),
        leaf,
        impact.nodes().size(),
        impact.slas().size());
  }

  /** The most nodes on one path from an SLA down to a leaf. */
  private int depth() {
    Map<NodeId, Integer> below = new HashMap<>();
    int deepest = 0;
    for (SlaRoot root : roots) {
      for (NodeId id : tree.walkDependenciesFirst(root.sla().id())) {
        int depth = 1 + tree.children(id).stream().mapToInt(c -> below.get(c)).max().orElse(0);
        below.put(id, depth);
        deepest = Math.max(deepest, depth);
      }
    }
    return deepest;
  }

  /** Top-down, each node once: the order a diagnosis inspects nodes in. */
  @Benchmark
  public List<NodeId> walk() {
    return tree.walk(sla);
  }

  /** Each node after its dependencies: the order a diagnosis decides faults in. */
  @Benchmark
  public List<NodeId> walkDependenciesFirst() {
    return tree.walkDependenciesFirst(sla);
  }

  /** Bottom-up: every node and SLA that breaks when the shared leaf goes down. */
  @Benchmark
  public Impact impact() {
    return tree.impact(leaf);
  }

  /** Building the tree from its parts: duplicate, dangling-reference and cycle checks, indexes. */
  @Benchmark
  public DependencyTree build() {
    return DependencyTree.of(roots, nodes);
  }
}
