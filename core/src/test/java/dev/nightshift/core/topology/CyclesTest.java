package dev.nightshift.core.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.testing.Property;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CyclesTest {

  @Test
  void namesACycleWithItsFirstNodeRepeatedAtTheEnd() {
    Map<String, List<String>> edges = edges("a", "b", "b", "c", "c", "a");

    assertThat(Cycles.find(edges)).containsExactly(List.of("a", "b", "c", "a"));
  }

  @Test
  void startsACycleWhereTheSearchEntersIt() {
    // The search enters at x, walks to a, and closes the cycle a -> b -> a; x is not part of it.
    Map<String, List<String>> edges = edges("x", "a", "a", "b", "b", "a");

    assertThat(Cycles.find(edges)).containsExactly(List.of("a", "b", "a"));
  }

  @Test
  void findsASelfLoop() {
    Map<String, List<String>> edges = new LinkedHashMap<>();
    edges.put("a", List.of("a"));

    assertThat(Cycles.find(edges)).containsExactly(List.of("a", "a"));
  }

  @Test
  void findsSeveralDisjointCycles() {
    Map<String, List<String>> edges =
        edges("a", "b", "b", "a", "c", "d", "d", "e", "e", "c", "f", "f");

    assertThat(Cycles.find(edges))
        .containsExactly(List.of("a", "b", "a"), List.of("c", "d", "e", "c"), List.of("f", "f"));
  }

  @Test
  void findsNoCycleInADiamond() {
    Map<String, List<String>> edges = new LinkedHashMap<>();
    edges.put("top", List.of("left", "right"));
    edges.put("left", List.of("bottom"));
    edges.put("right", List.of("bottom"));
    edges.put("bottom", List.of());

    assertThat(Cycles.find(edges)).isEmpty();
  }

  @Test
  void findsNothingInAnEmptyGraph() {
    assertThat(Cycles.find(Map.<String, List<String>>of())).isEmpty();
  }

  @Test
  void ignoresEdgesToUndefinedIds() {
    Map<String, List<String>> edges = new LinkedHashMap<>();
    edges.put("a", List.of("ghost", "b"));
    edges.put("b", List.of("ghost"));

    assertThat(Cycles.find(edges)).isEmpty();
  }

  @Test
  void findsACycleExactlyWhenTheGraphHasOneAndEachIsARealClosedPath() {
    Property.forAll(
        1000,
        CyclesTest::randomGraph,
        edges -> {
          List<List<Integer>> cycles = Cycles.find(edges);

          assertThat(cycles.isEmpty()).isEqualTo(isAcyclic(edges));
          for (List<Integer> cycle : cycles) {
            assertThat(cycle.getFirst()).isEqualTo(cycle.getLast());
            assertThat(cycle.subList(0, cycle.size() - 1)).doesNotHaveDuplicates();
            for (int i = 0; i + 1 < cycle.size(); i++) {
              assertThat(edges.get(cycle.get(i))).contains(cycle.get(i + 1));
            }
          }
        });
  }

  // Sparse random digraphs of up to 20 nodes, about half of them cyclic.
  private static Map<Integer, List<Integer>> randomGraph(Random random) {
    int count = 1 + random.nextInt(20);
    double edgeChance = random.nextDouble() * 2.5 / count;
    Map<Integer, List<Integer>> edges = new LinkedHashMap<>();
    for (int from = 0; from < count; from++) {
      List<Integer> to = new ArrayList<>();
      for (int candidate = 0; candidate < count; candidate++) {
        if (random.nextDouble() < edgeChance) {
          to.add(candidate);
        }
      }
      edges.put(from, to);
    }
    return edges;
  }

  // Kahn's algorithm: a graph is acyclic exactly when repeatedly removing nodes without incoming
  // edges removes them all.
  private static boolean isAcyclic(Map<Integer, List<Integer>> edges) {
    Map<Integer, Integer> incoming = new HashMap<>();
    edges.keySet().forEach(n -> incoming.put(n, 0));
    edges.values().forEach(to -> to.forEach(n -> incoming.merge(n, 1, Integer::sum)));
    List<Integer> free =
        new ArrayList<>(incoming.keySet().stream().filter(n -> incoming.get(n) == 0).toList());
    int removed = 0;
    while (!free.isEmpty()) {
      Integer next = free.removeLast();
      removed++;
      for (Integer to : edges.get(next)) {
        if (incoming.merge(to, -1, Integer::sum) == 0) {
          free.add(to);
        }
      }
    }
    return removed == edges.size();
  }

  /** An ordered adjacency map from pairs {@code from, to, from, to, ...}; every id is a key. */
  private static Map<String, List<String>> edges(String... pairs) {
    Map<String, List<String>> edges = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      edges.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
      edges.computeIfAbsent(pairs[i + 1], k -> new ArrayList<>());
    }
    return edges;
  }
}
