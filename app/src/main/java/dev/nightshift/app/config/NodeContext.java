package dev.nightshift.app.config;

import dev.nightshift.core.topology.Coordinates;

/**
 * What a healthcheck may take from the node it belongs to (topic, cluster, supervisor process) and
 * whether the node has logs; an SLI probe has no node and must say everything itself.
 */
record NodeContext(String owner, Coordinates coordinates, boolean hasLogs) {

  static NodeContext none(String owner) {
    return new NodeContext(owner, Coordinates.NONE, false);
  }
}
