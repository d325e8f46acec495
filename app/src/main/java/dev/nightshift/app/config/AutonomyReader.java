package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Problems;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.core.policy.Autonomy;
import dev.nightshift.core.policy.ClassPolicy;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one row of the autonomy table: {@code full}, {@code known_patterns_only}, {@code approval},
 * {@code never}, {@code {after_failure: 5m}}, optionally with its own {@code cooldown} ({@code
 * {level: approval, cooldown: 30m}}).
 */
final class AutonomyReader {

  private static final Map<String, Autonomy> LEVELS =
      Map.of(
          "full", new Autonomy.Full(),
          "known_patterns_only", new Autonomy.KnownPatternsOnly(),
          "approval", new Autonomy.Approval(),
          "never", new Autonomy.Never(),
          "after_failure", new Autonomy.AfterFailure(Duration.ZERO));

  private static final Map<String, Autonomy> SORTED =
      java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(LEVELS));

  private AutonomyReader() {}

  static Optional<ClassPolicy> read(YamlNode node, Problems problems) {
    if (node instanceof YamlNode.Scalar) {
      return level(node, problems).map(ClassPolicy::of);
    }
    Optional<MapReader> r = MapReader.of(node, problems);
    if (r.isEmpty()) {
      return Optional.empty();
    }
    MapReader m = r.get();
    Optional<Duration> afterFailure = m.duration("after_failure");
    Optional<YamlNode> levelNode = m.node("level");
    Optional<Duration> cooldown = m.duration("cooldown");
    m.finish();
    if (afterFailure.isPresent() && levelNode.isPresent()) {
      problems.error(m.mapping(), "give after_failure or level, not both");
      return Optional.empty();
    }
    if (afterFailure.isPresent()) {
      return Optional.of(new ClassPolicy(new Autonomy.AfterFailure(afterFailure.get()), cooldown));
    }
    if (levelNode.isEmpty()) {
      if (!m.mapping().entries().containsKey("after_failure")) {
        problems.error(
            m.source(),
            m.pathOf("level"),
            "required field is missing (or give after_failure: DURATION)");
      }
      return Optional.empty();
    }
    return level(levelNode.get(), problems).map(l -> new ClassPolicy(l, cooldown));
  }

  private static Optional<Autonomy> level(YamlNode node, Problems problems) {
    Optional<Autonomy> level = Values.choice(node, "autonomy level", SORTED, problems);
    if (level.isPresent() && level.get() instanceof Autonomy.AfterFailure) {
      problems.error(node, "after_failure needs a duration: write {after_failure: 5m}");
      return Optional.empty();
    }
    return level;
  }
}
