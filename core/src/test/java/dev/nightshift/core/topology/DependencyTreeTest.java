package dev.nightshift.core.topology;

import static dev.nightshift.core.testing.Fixtures.ids;
import static dev.nightshift.core.testing.Fixtures.node;
import static dev.nightshift.core.testing.Fixtures.root;
import static dev.nightshift.core.testing.Fixtures.slaIds;
import static dev.nightshift.core.testing.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.sla.Sla;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.testing.Property;
import dev.nightshift.core.testing.TreeGenerator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DependencyTreeTest {

  private static final SlaId FRESHNESS = new SlaId("freshness");
  private static final SlaId COMPLETENESS = new SlaId("completeness");

  @Nested
  class Building {

    @Test
    void rejectsAnSlaDefinedTwice() {
      assertThatThrownBy(() -> tree(List.of(root("freshness"), root("freshness"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("SLA freshness is defined twice");
    }

    @Test
    void rejectsANodeDefinedTwice() {
      assertThatThrownBy(
              () -> tree(List.of(root("freshness", "a")), node("a"), node("b"), node("a", "b")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("node a is defined twice");
    }

    @Test
    void rejectsAnSlaDependingOnAnUndefinedNode() {
      assertThatThrownBy(() -> tree(List.of(root("freshness", "a", "ghost")), node("a")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("SLA freshness depends on undefined node ghost");
    }

    @Test
    void rejectsANodeDependingOnAnUndefinedNode() {
      assertThatThrownBy(() -> tree(List.of(root("freshness", "a")), node("a", "ghost")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("node a depends on undefined node ghost");
    }

    @Test
    void rejectsACycleNamingItsPath() {
      assertThatThrownBy(() ->
              tree(List.of(root("freshness", "a")), node("a", "b"), node("b", "c"), node("c", "a")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("dependency cycle: [a, b, c, a]");
    }

    @Test
    void rejectsACycleThatNoSlaReaches() {
      assertThatThrownBy(() ->
              tree(List.of(root("freshness", "a")), node("a"), node("x", "y"), node("y", "x")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("dependency cycle: [x, y, x]");
    }

    @Test
    void acceptsAnEmptyTree() {
      DependencyTree empty = tree(List.of());

      assertThat(empty.slas()).isEmpty();
      assertThat(empty.nodes()).isEmpty();
    }
  }

  @Nested
  class Lookups {

    private final DependencyTree tree =
        tree(
            List.of(root("freshness", "writer"), root("completeness", "consumer", "writer")),
            node("writer", NodeType.PROCESS, "redis", "topic"),
            node("consumer", NodeType.PROCESS, "topic"),
            node("redis", NodeType.DATABASE),
            node("topic", NodeType.KAFKA_TOPIC));

    @Test
    void listsSlasAndNodesInTheOrderWritten() {
      assertThat(tree.slas()).extracting(Sla::id).containsExactly(FRESHNESS, COMPLETENESS);
      assertThat(tree.nodes())
          .extracting(Node::id)
          .containsExactlyElementsOf(ids("writer", "consumer", "redis", "topic"));
    }

    @Test
    void findsSlasAndNodesById() {
      assertThat(tree.sla(FRESHNESS)).map(Sla::id).contains(FRESHNESS);
      assertThat(tree.sla(new SlaId("ghost"))).isEmpty();
      assertThat(tree.node(new NodeId("redis"))).map(Node::type).contains(NodeType.DATABASE);
      assertThat(tree.node(new NodeId("ghost"))).isEmpty();
      assertThat(tree.require(new NodeId("topic")).type()).isEqualTo(NodeType.KAFKA_TOPIC);
    }

    @Test
    void failsToRequireAnUnknownNode() {
      assertThatThrownBy(() -> tree.require(new NodeId("ghost")))
          .isInstanceOf(NoSuchElementException.class)
          .hasMessage("no node ghost");
      assertThatThrownBy(() -> tree.parents(new NodeId("ghost")))
          .isInstanceOf(NoSuchElementException.class)
          .hasMessage("no node ghost");
      assertThatThrownBy(() -> tree.impact(new NodeId("ghost")))
          .isInstanceOf(NoSuchElementException.class)
          .hasMessage("no node ghost");
    }

    @Test
    void listsTheRootsOfAnSlaAsWritten() {
      assertThat(tree.roots(COMPLETENESS)).isEqualTo(ids("consumer", "writer"));
      assertThatThrownBy(() -> tree.roots(new SlaId("ghost")))
          .isInstanceOf(NoSuchElementException.class)
          .hasMessage("no SLA ghost");
      assertThatThrownBy(() -> tree.walk(new SlaId("ghost")))
          .isInstanceOf(NoSuchElementException.class)
          .hasMessage("no SLA ghost");
    }

    @Test
    void listsChildrenAsWritten() {
      assertThat(tree.children(new NodeId("writer"))).isEqualTo(ids("redis", "topic"));
      assertThat(tree.children(new NodeId("redis"))).isEmpty();
    }

    @Test
    void listsParentsInTheOrderTheyAreDefined() {
      assertThat(tree.parents(new NodeId("topic"))).isEqualTo(ids("writer", "consumer"));
      assertThat(tree.parents(new NodeId("writer"))).isEmpty();
    }

    @Test
    void doesNotLetCallersChangeTheTree() {
      assertThatThrownBy(() -> tree.parents(new NodeId("topic")).clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> tree.nodes().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThat(tree.parents(new NodeId("topic"))).hasSize(2);
    }
  }

  @Nested
  class Walks {

    @Test
    void walksTopDownWithSiblingsInWrittenOrder() {
      DependencyTree tree =
          tree(
              List.of(root("freshness", "b", "a")),
              node("a", "a2"),
              node("a2"),
              node("b", "b2", "b1"),
              node("b1"),
              node("b2", "b3"),
              node("b3"));

      assertThat(tree.walk(FRESHNESS)).isEqualTo(ids("b", "b2", "b3", "b1", "a", "a2"));
    }

    @Test
    void walksASharedNodeOnce() {
      DependencyTree tree =
          tree(
              List.of(root("freshness", "writer", "consumer")),
              node("writer", "topic", "redis"),
              node("consumer", "topic"),
              node("topic", "broker"),
              node("redis"),
              node("broker"));

      assertThat(tree.walk(FRESHNESS))
          .containsExactlyInAnyOrderElementsOf(
              ids("writer", "consumer", "topic", "redis", "broker"))
          .startsWith(new NodeId("writer"));
    }

    @Test
    void walksOnlyTheNodesUnderTheSla() {
      DependencyTree tree =
          tree(
              List.of(root("freshness", "a"), root("completeness", "b")),
              node("a", "shared"),
              node("b", "shared"),
              node("shared"),
              node("orphan"));

      assertThat(tree.walk(FRESHNESS)).isEqualTo(ids("a", "shared"));
      assertThat(tree.walkDependenciesFirst(COMPLETENESS)).isEqualTo(ids("shared", "b"));
    }

    @Test
    void walksNothingUnderAnSlaWithoutDependencies() {
      DependencyTree tree = tree(List.of(root("freshness")), node("a"));

      assertThat(tree.walk(FRESHNESS)).isEmpty();
      assertThat(tree.walkDependenciesFirst(FRESHNESS)).isEmpty();
    }

    @Test
    void walksASharedNodeRightAfterTheParentThroughWhichItIsFirstReached() {
      DependencyTree tree =
          tree(List.of(root("freshness", "a", "b")), node("a", "c"), node("b", "c"), node("c"));

      assertThat(tree.walk(FRESHNESS)).containsExactlyElementsOf(ids("a", "c", "b"));
    }

    @Test
    void walksDependenciesBeforeTheNodesThatNeedThem() {
      DependencyTree tree =
          tree(
              List.of(root("freshness", "a", "b")),
              node("a", "c", "d"),
              node("b", "c"),
              node("c", "d"),
              node("d"));

      assertThat(tree.walkDependenciesFirst(FRESHNESS)).isEqualTo(ids("d", "c", "a", "b"));
    }
  }

  @Nested
  class Impacts {

    @Test
    void listsDependentNodesNearestFirst() {
      // Defined far-to-near, so that definition order would give the wrong answer.
      DependencyTree tree =
          tree(
              List.of(root("freshness", "top")),
              node("top", "mid"),
              node("mid", "leaf"),
              node("leaf"));

      Impact impact = tree.impact(new NodeId("leaf"));

      assertThat(impact.node()).isEqualTo(new NodeId("leaf"));
      assertThat(impact.nodes()).isEqualTo(ids("mid", "top"));
      assertThat(impact.slas()).isEqualTo(slaIds("freshness"));
    }

    @Test
    void listsEachDependentNodeOnceAtItsNearestDistance() {
      DependencyTree tree =
          tree(
              List.of(root("freshness", "a")),
              node("a", "b", "leaf"),
              node("b", "leaf"),
              node("leaf"));

      assertThat(tree.impact(new NodeId("leaf")).nodes()).isEqualTo(ids("a", "b"));
    }

    @Test
    void listsSlasInDeclarationOrderWhateverTheirDistance() {
      DependencyTree tree =
          tree(
              List.of(root("zeta", "top"), root("alpha", "leaf"), root("unrelated", "other")),
              node("top", "leaf"),
              node("leaf"),
              node("other"));

      assertThat(tree.impact(new NodeId("leaf")).slas()).isEqualTo(slaIds("zeta", "alpha"));
    }

    @Test
    void excludesTheNodeItself() {
      DependencyTree tree = tree(List.of(root("freshness", "a")), node("a", "b"), node("b"));

      assertThat(tree.impact(new NodeId("a")).nodes()).isEmpty();
      assertThat(tree.impact(new NodeId("a")).slas()).isEqualTo(slaIds("freshness"));
      assertThat(tree.impact(new NodeId("b")).nodes()).isEqualTo(ids("a"));
    }

    @Test
    void reachesEverySlaAboveASharedLeaf() {
      DependencyTree tree =
          tree(
              List.of(root("freshness", "writer"), root("completeness", "consumer")),
              node("writer", "redis"),
              node("consumer", "redis"),
              node("redis"));

      Impact impact = tree.impact(new NodeId("redis"));

      assertThat(impact.slas()).isEqualTo(slaIds("freshness", "completeness"));
      assertThat(impact.nodes()).isEqualTo(ids("writer", "consumer"));
    }

    @Test
    void findsNothingAboveAnOrphan() {
      DependencyTree tree = tree(List.of(root("freshness")), node("orphan"));

      Impact impact = tree.impact(new NodeId("orphan"));

      assertThat(impact.nodes()).isEmpty();
      assertThat(impact.slas()).isEmpty();
    }
  }

  @Nested
  class Properties {

    private static final int TREES = 500;

    /** A generated tree that prints its shape when a property fails. */
    private record Sample(DependencyTree tree) {
      @Override
      public String toString() {
        return TreeGenerator.describe(tree);
      }
    }

    private static void forAllTrees(Consumer<DependencyTree> check) {
      Property.forAll(
          TREES, random -> new Sample(TreeGenerator.tree(random)), s -> check.accept(s.tree()));
    }

    @Test
    void walksANodeUnderAnSlaExactlyWhenTheNodeImpactsIt() {
      forAllTrees(tree -> {
        for (Sla sla : tree.slas()) {
          Set<NodeId> walked = Set.copyOf(tree.walk(sla.id()));
          for (Node node : tree.nodes()) {
            assertThat(tree.impact(node.id()).slas().contains(sla.id()))
                .as("%s impacts %s", node.id(), sla.id())
                .isEqualTo(walked.contains(node.id()));
          }
        }
      });
    }

    @Test
    void listsImpactedSlasInDeclarationOrder() {
      forAllTrees(tree -> {
        List<SlaId> declared = tree.slas().stream().map(Sla::id).toList();
        for (Node node : tree.nodes()) {
          List<SlaId> impacted = tree.impact(node.id()).slas();
          assertThat(declared.stream().filter(impacted::contains).toList()).isEqualTo(impacted);
        }
      });
    }

    @Test
    void walksEveryReachableNodeOnceInBothOrders() {
      forAllTrees(tree -> {
        for (Sla sla : tree.slas()) {
          Set<NodeId> reachable = new HashSet<>();
          tree.roots(sla.id()).forEach(r -> reachable.addAll(reachableFrom(tree, r, true)));
          List<NodeId> walk = tree.walk(sla.id());
          List<NodeId> dependenciesFirst = tree.walkDependenciesFirst(sla.id());

          assertThat(walk).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(reachable);
          assertThat(dependenciesFirst)
              .doesNotHaveDuplicates()
              .containsExactlyInAnyOrderElementsOf(reachable);
        }
      });
    }

    @Test
    void walksEveryNodeAfterAllOfItsDependencies() {
      forAllTrees(tree -> {
        for (Sla sla : tree.slas()) {
          List<NodeId> order = tree.walkDependenciesFirst(sla.id());
          for (NodeId id : order) {
            for (NodeId child : tree.children(id)) {
              assertThat(order.indexOf(child))
                  .as("%s before its dependency %s", id, child)
                  .isBetween(0, order.indexOf(id) - 1);
            }
          }
        }
      });
    }

    @Test
    void walksEveryNodeAfterOneOfItsParents() {
      forAllTrees(tree -> {
        for (Sla sla : tree.slas()) {
          List<NodeId> order = tree.walk(sla.id());
          Set<NodeId> roots = Set.copyOf(tree.roots(sla.id()));
          for (NodeId id : order) {
            if (!roots.contains(id)) {
              assertThat(tree.parents(id).stream().mapToInt(order::indexOf).filter(p -> p >= 0))
                  .as("%s is reached through a parent walked before it", id)
                  .anyMatch(p -> p < order.indexOf(id));
            }
          }
        }
      });
    }

    @Test
    void impactsExactlyTheNodesFromWhichTheNodeIsReachable() {
      forAllTrees(tree -> {
        Map<NodeId, Set<NodeId>> below = new HashMap<>();
        tree.nodes().forEach(n -> below.put(n.id(), reachableFrom(tree, n.id(), false)));
        for (Node x : tree.nodes()) {
          List<NodeId> impacted = tree.impact(x.id()).nodes();
          assertThat(impacted).doesNotHaveDuplicates().doesNotContain(x.id());
          for (Node y : tree.nodes()) {
            assertThat(impacted.contains(y.id()))
                .as("%s impacts %s", x.id(), y.id())
                .isEqualTo(below.get(y.id()).contains(x.id()));
          }
        }
      });
    }

    @Test
    void listsImpactedNodesNearestFirst() {
      forAllTrees(tree -> {
        for (Node x : tree.nodes()) {
          Map<NodeId, Integer> distance = distancesUp(tree, x.id());
          List<Integer> distances =
              tree.impact(x.id()).nodes().stream().map(distance::get).toList();
          assertThat(distances).isSorted();
        }
      });
    }

    @Test
    void listsParentsAndChildrenAsTwoViewsOfTheSameEdges() {
      forAllTrees(tree -> {
        for (Node x : tree.nodes()) {
          for (Node y : tree.nodes()) {
            assertThat(tree.parents(x.id()).contains(y.id()))
                .isEqualTo(tree.children(y.id()).contains(x.id()));
          }
        }
      });
    }
  }

  /** The nodes reachable from {@code start} through dependsOn; {@code start} itself if asked. */
  private static Set<NodeId> reachableFrom(DependencyTree tree, NodeId start, boolean inclusive) {
    Set<NodeId> seen = new HashSet<>();
    Deque<NodeId> todo = new ArrayDeque<>(tree.children(start));
    while (!todo.isEmpty()) {
      NodeId next = todo.pop();
      if (seen.add(next)) {
        todo.addAll(tree.children(next));
      }
    }
    if (inclusive) {
      seen.add(start);
    }
    return seen;
  }

  /** Shortest number of dependsOn edges from each node down to {@code target}, by search up. */
  private static Map<NodeId, Integer> distancesUp(DependencyTree tree, NodeId target) {
    Map<NodeId, Integer> distance = new HashMap<>();
    List<NodeId> frontier = List.of(target);
    for (int d = 1; !frontier.isEmpty(); d++) {
      List<NodeId> next = new ArrayList<>();
      for (NodeId id : frontier) {
        for (Node candidate : tree.nodes()) {
          if (candidate.dependsOn().contains(id) && !distance.containsKey(candidate.id())) {
            distance.put(candidate.id(), d);
            next.add(candidate.id());
          }
        }
      }
      frontier = next;
    }
    return distance;
  }
}
