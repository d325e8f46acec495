package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.Source;
import dev.nightshift.core.topology.Coordinates;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.core.topology.NodeType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading the tree produced: the tree when it is valid, and in any case the nodes that were
 * defined, so that known errors can be checked against them even when the tree has errors.
 *
 * @param readable false when the tree file could not be read at all; then nothing can be said about
 *     which nodes exist, and references to nodes are not reported
 */
record TreeIndex(Optional<DependencyTree> tree, Map<NodeId, Entry> nodes, boolean readable) {

  TreeIndex {
    Objects.requireNonNull(tree, "tree");
    nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
  }

  /** The index of a tree file that could not be read. */
  static TreeIndex unreadable() {
    return new TreeIndex(Optional.empty(), Map.of(), false);
  }

  /** Whether {@code id} names a node, or the tree is unreadable and so it may. */
  boolean mayContain(NodeId id) {
    return !readable || nodes.containsKey(id);
  }

  /** A defined node: enough to resolve the target of a fix step. */
  record Entry(
      NodeId id,
      Optional<NodeType> type,
      Coordinates coordinates,
      boolean hasLogs,
      Source source,
      String path) {}
}
