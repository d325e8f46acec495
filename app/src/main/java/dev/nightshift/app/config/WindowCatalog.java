package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.Problems;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.core.sla.TimeWindow;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The named time windows of nightshift.yaml, for the files that refer to them; a window that is
 * written but invalid was reported where it is written, not again at every reference.
 *
 * @param invalid names of windows that are written but could not be read
 */
record WindowCatalog(Map<String, TimeWindow> windows, Set<String> invalid) {

  WindowCatalog {
    windows = Collections.unmodifiableMap(new LinkedHashMap<>(windows));
    invalid = Set.copyOf(invalid);
  }

  /** The window a value names; an unknown name is reported, an invalid one silently empty. */
  Optional<TimeWindow> lookup(YamlNode node, Problems problems) {
    if (node instanceof YamlNode.Scalar s && invalid.contains(s.value())) {
      return Optional.empty();
    }
    return Values.choice(node, "time window", windows, problems);
  }
}
