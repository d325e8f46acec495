package dev.nightshift.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.Node;
import dev.nightshift.core.topology.NodeType;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Guards the property tests over trees against a generator that drifts into trivial trees. */
class TreeGeneratorTest {

  private final List<DependencyTree> trees =
      IntStream.range(0, 500).mapToObj(seed -> TreeGenerator.tree(new Random(seed))).toList();

  @Test
  void staysWithinItsBounds() {
    assertThat(trees)
        .allSatisfy(tree -> {
          assertThat(tree.nodes()).hasSizeBetween(1, TreeGenerator.MAX_NODES);
          assertThat(tree.slas()).hasSizeBetween(1, TreeGenerator.MAX_SLAS);
        });
    assertThat(trees).anySatisfy(tree -> assertThat(tree.nodes()).hasSizeGreaterThan(50));
  }

  @Test
  void sharesNodesBetweenParentsAndBetweenSlas() {
    assertThat(trees)
        .anySatisfy(tree -> assertThat(tree.nodes()).anySatisfy(n -> sharedByParents(tree, n)));
    assertThat(trees)
        .anySatisfy(tree ->
            assertThat(tree.nodes())
                .anySatisfy(n -> assertThat(tree.impact(n.id()).slas()).hasSizeGreaterThan(1)));
  }

  @Test
  void includesTheAwkwardCases() {
    // Nodes no SLA reaches, and SLAs that reach nothing.
    assertThat(trees)
        .anySatisfy(tree ->
            assertThat(tree.nodes())
                .anySatisfy(n -> assertThat(tree.impact(n.id()).slas()).isEmpty()));
    assertThat(trees)
        .anySatisfy(tree ->
            assertThat(tree.slas()).anySatisfy(s -> assertThat(tree.roots(s.id())).isEmpty()));
  }

  @Test
  void usesEveryNodeType() {
    Set<NodeType> seen = EnumSet.noneOf(NodeType.class);
    trees.forEach(tree -> tree.nodes().forEach(n -> seen.add(n.type())));

    assertThat(seen).containsExactlyInAnyOrder(NodeType.values());
  }

  @Test
  void buildsATreeOfExactlyTheSizeAsked() {
    for (int seed = 0; seed < 20; seed++) {
      assertThat(TreeGenerator.ofSize(new Random(seed), 1_000, 4).nodes()).hasSize(1_000);
    }
  }

  @Test
  void describesATreeBySlasThenNodesAsWritten() {
    DependencyTree tree =
        Fixtures.tree(
            List.of(Fixtures.root("freshness", "writer")),
            Fixtures.node("writer", "redis"),
            Fixtures.node("redis"));

    assertThat(TreeGenerator.describe(tree))
        .isEqualTo("{freshness -> [writer]; writer -> [redis]; redis -> []}");
  }

  private static void sharedByParents(DependencyTree tree, Node node) {
    assertThat(tree.parents(node.id())).hasSizeGreaterThan(1);
  }
}
