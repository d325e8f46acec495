package dev.nightshift.app.drill;

import dev.nightshift.app.config.yaml.Source;
import java.util.Objects;

/**
 * A name in a scenario that only the configuration can confirm (a node, an SLA, a known error, an
 * action's target, a log line a node must count as an error), with where it was written.
 *
 * @param owner for a log line the node writing it, for a target the action type; else empty
 */
record Reference(Reference.Kind kind, String name, String owner, Source source, String path) {

  /** What the name must be in the configuration. */
  enum Kind {
    NODE,
    SLA,
    KNOWN_ERROR,
    TARGET,
    LOG_LINE
  }

  Reference {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
  }
}
