package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Suggestions;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.core.topology.Coordinates;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.core.topology.NodeType;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the tree node a fix step acts on: the one it names with {@code node:}, else the one node
 * whose coordinates match the step's resource (the node with {@code container: redis} for a {@code
 * docker_exec} in container redis). External nodes are never a target.
 */
final class StepTargets {

  private final TreeIndex tree;

  StepTargets(TreeIndex tree) {
    this.tree = tree;
  }

  /**
   * The node named by the step's {@code node} field. Empty when absent; empty with a reported error
   * when unknown or external, which {@code valid} then says.
   */
  Named named(MapReader r) {
    Optional<YamlNode> at = r.node("node");
    Optional<String> id = r.text("node");
    if (id.isEmpty()) {
      return new Named(Optional.empty(), at.isEmpty());
    }
    TreeIndex.Entry entry =
        NodeId.isValid(id.get()) ? tree.nodes().get(new NodeId(id.get())) : null;
    if (entry == null && NodeId.isValid(id.get()) && tree.mayContain(new NodeId(id.get()))) {
      return new Named(
          Optional.empty(), true); // the tree could not be read: nothing to check against
    }
    if (entry == null) {
      List<String> known = tree.nodes().keySet().stream().map(NodeId::value).toList();
      r.problems()
          .error(
              at.orElseThrow(),
              "node '"
                  + id.get()
                  + "' is not in the dependency tree"
                  + Suggestions.didYouMean(id.get(), known));
      return new Named(Optional.empty(), false);
    }
    if (!actionable(entry, at.orElseThrow(), r)) {
      return new Named(Optional.empty(), false);
    }
    return new Named(Optional.of(entry), true);
  }

  /** The node a step acts on: the named one, else the only node whose coordinate matches. */
  Optional<NodeId> target(
      Named named,
      Function<Coordinates, Optional<String>> coordinate,
      Optional<String> value,
      MapReader r) {
    if (named.entry().isPresent()) {
      return named.entry().map(TreeIndex.Entry::id);
    }
    if (value.isEmpty()) {
      return Optional.empty();
    }
    List<TreeIndex.Entry> matches =
        tree.nodes().values().stream()
            .filter(e -> coordinate.apply(e.coordinates()).equals(value))
            .toList();
    if (matches.size() != 1) {
      return Optional.empty();
    }
    TreeIndex.Entry match = matches.getFirst();
    if (match.type().filter(t -> !t.isActionable()).isPresent()) {
      r.problems()
          .error(
              r.mapping(),
              "'"
                  + value.get()
                  + "' belongs to node '"
                  + match.id()
                  + "', which is external: the agent detects it but never acts on it");
      return Optional.empty();
    }
    return Optional.of(match.id());
  }

  private static boolean actionable(TreeIndex.Entry entry, YamlNode at, MapReader r) {
    if (entry.type().filter(t -> !t.isActionable()).isPresent()) {
      r.problems()
          .error(
              at,
              "node '"
                  + entry.id()
                  + "' is "
                  + NodeType.EXTERNAL.yamlName()
                  + ": the agent detects it but never acts on it");
      return false;
    }
    return true;
  }

  /** The result of reading {@code node:}: the entry if given and valid, and whether all is well. */
  record Named(Optional<TreeIndex.Entry> entry, boolean valid) {
    Coordinates coordinates() {
      return entry.map(TreeIndex.Entry::coordinates).orElse(Coordinates.NONE);
    }
  }
}
