package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.app.config.yaml.YamlNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads the HTTP statuses that count as success: one status or a list of them. */
final class StatusCodes {

  private StatusCodes() {}

  /** The statuses; empty when the key is absent, which means "any success". */
  static Set<Integer> read(MapReader r, String key) {
    Set<Integer> out = new LinkedHashSet<>();
    r.node(key)
        .ifPresent(node -> {
          List<YamlNode> items = node instanceof YamlNode.Sequence s ? s.items() : List.of(node);
          for (YamlNode item : items) {
            Values.wholeNumber(item, 100, 599, r.problems()).ifPresent(n -> out.add(n.intValue()));
          }
        });
    return out;
  }
}
