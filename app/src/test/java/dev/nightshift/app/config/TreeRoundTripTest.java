package dev.nightshift.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.testing.Property;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random dependency graphs written in the seed's format (nodes nested where first used, shared
 * nodes referenced by id afterwards, some defined under {@code nodes:}) load back to the same
 * edges.
 */
class TreeRoundTripTest {

  @TempDir Path tmp;

  /** A random DAG: node i may depend only on nodes with a higher index, so there is no cycle. */
  record Graph(List<List<Integer>> slaRoots, List<List<Integer>> children, Set<Integer> shared) {
    static Graph random(Random random) {
      int nodes = 1 + random.nextInt(25);
      List<List<Integer>> children = new ArrayList<>();
      for (int i = 0; i < nodes; i++) {
        Set<Integer> deps = new java.util.LinkedHashSet<>();
        for (int j = i + 1; j < nodes; j++) {
          if (random.nextInt(nodes) < 2) {
            deps.add(j);
          }
        }
        children.add(List.copyOf(deps));
      }
      List<List<Integer>> roots = new ArrayList<>();
      for (int s = 0; s < 1 + random.nextInt(3); s++) {
        Set<Integer> r = new java.util.LinkedHashSet<>();
        r.add(random.nextInt(nodes));
        r.add(random.nextInt(nodes));
        roots.add(List.copyOf(r));
      }
      Set<Integer> shared = new HashSet<>();
      for (int i = 0; i < nodes; i++) {
        if (random.nextInt(4) == 0) {
          shared.add(i);
        }
      }
      return new Graph(roots, children, shared);
    }

    /** The seed's format; nodes in {@code shared} are defined under top-level {@code nodes:}. */
    String yaml() {
      StringBuilder out = new StringBuilder("metrics:\n");
      Set<Integer> defined = new HashSet<>();
      for (int s = 0; s < slaRoots.size(); s++) {
        out.append("  sla")
            .append(s)
            .append(":\n    sla:\n      threshold: 60s\n    alerts: [A")
            .append(s)
            .append("]\n    depends_on:\n");
        for (int root : slaRoots.get(s)) {
          entry(root, "      ", defined, out);
        }
      }
      List<Integer> rest = new ArrayList<>(shared);
      for (int i = 0; i < children.size(); i++) {
        if (!defined.contains(i) && !rest.contains(i)) {
          rest.add(i);
        }
      }
      out.append("nodes:\n");
      for (int i : rest) {
        if (!defined.contains(i)) {
          definition(i, "  ", defined, out);
        }
      }
      return out.toString();
    }

    private void entry(int node, String indent, Set<Integer> defined, StringBuilder out) {
      if (defined.contains(node) || shared.contains(node)) {
        out.append(indent).append("- node: n").append(node).append('\n');
      } else {
        definition(node, indent, defined, out);
      }
    }

    private void definition(int node, String indent, Set<Integer> defined, StringBuilder out) {
      defined.add(node);
      out.append(indent).append("- node: n").append(node).append('\n');
      out.append(indent).append("  type: service\n");
      out.append(indent)
          .append("  healthcheck: {method: tcp_connect, host: h")
          .append(node)
          .append(", port: 80}\n");
      out.append(indent).append("  logs: {file: /var/log/n").append(node).append(".log}\n");
      if (!children.get(node).isEmpty()) {
        out.append(indent).append("  depends_on:\n");
        for (int child : children.get(node)) {
          entry(child, indent + "    ", defined, out);
        }
      }
    }
  }

  @Test
  void randomTreesLoadBackToTheSameEdges() {
    Property.forAll(
        300,
        Graph::random,
        g -> {
          Path dir = write(g);
          LoadResult result = ConfigFixtures.load(dir);
          assertThat(result.errors()).isEmpty();
          var tree = result.config().orElseThrow().tree();
          for (int i = 0; i < g.children().size(); i++) {
            var id = new dev.nightshift.core.topology.NodeId("n" + i);
            assertThat(tree.children(id))
                .extracting(n -> n.value())
                .containsExactlyElementsOf(g.children().get(i).stream().map(c -> "n" + c).toList());
          }
          for (int s = 0; s < g.slaRoots().size(); s++) {
            assertThat(tree.roots(new dev.nightshift.core.sla.SlaId("sla" + s)))
                .extracting(n -> n.value())
                .containsExactlyElementsOf(g.slaRoots().get(s).stream().map(c -> "n" + c).toList());
          }
        });
  }

  private Path write(Graph g) {
    try {
      Path dir = Files.createTempDirectory(tmp, "tree");
      Map<String, String> files = new LinkedHashMap<>();
      files.put("nightshift.yaml", "");
      files.put("dependency_tree.yaml", g.yaml());
      files.put("known_errors.yaml", "errors: []\n");
      files.put("policy.yaml", "");
      for (var f : files.entrySet()) {
        Files.writeString(dir.resolve(f.getKey()), f.getValue());
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
