package dev.nightshift.app.drill;

import dev.nightshift.app.config.yaml.Problems;
import dev.nightshift.app.config.yaml.Source;
import dev.nightshift.sim.scenario.SeriesKey;
import dev.nightshift.sim.scenario.ValueSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What reading a scenario collects beyond the scenario itself: the names the configuration must
 * confirm, and whether each series is a counter, which it must be everywhere or nowhere.
 */
final class References {

  private record Kind(boolean counter, Source source) {}

  private final Problems problems;
  private final List<Reference> all = new ArrayList<>();
  private final Map<SeriesKey, Kind> series = new HashMap<>();

  References(Problems problems) {
    this.problems = problems;
  }

  void add(Reference.Kind kind, String name, Source source, String path) {
    add(kind, name, "", source, path);
  }

  void add(Reference.Kind kind, String name, String owner, Source source, String path) {
    all.add(new Reference(kind, name, owner, source, path));
  }

  List<Reference> all() {
    return List.copyOf(all);
  }

  /** Reports a series written as a counter in one place and as a gauge in another. */
  void series(SeriesKey key, ValueSpec value, Source source, String path) {
    Kind first = series.putIfAbsent(key, new Kind(value.isCounter(), source));
    if (first != null && first.counter() != value.isCounter()) {
      problems.error(
          source,
          path,
          "'%s' is %s at line %d: a series is a counter ({rate: ...}) everywhere or nowhere"
              .formatted(key, first.counter() ? "a counter" : "a gauge", first.source().line()));
    }
  }
}
