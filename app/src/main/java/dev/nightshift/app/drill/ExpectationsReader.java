package dev.nightshift.app.drill;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.sim.scenario.ActionParams;
import dev.nightshift.sim.scenario.Expectations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code expect:}, every key optional; names are checked against the configuration later. */
final class ExpectationsReader {

  /** Fix steps that are not actions, so never in {@code actions}. */
  private static final Set<String> STEPS =
      Set.of("wait", "verify", "escalate", "escalate_if_failed");

  private final References references;

  ExpectationsReader(References references) {
    this.references = references;
  }

  Expectations read(MapReader r) {
    Expectations expect =
        new Expectations(
            r.bool("detected"),
            named(r, "root_cause", Reference.Kind.NODE),
            named(r, "known_error", Reference.Kind.KNOWN_ERROR),
            actions(r),
            r.bool("approval_requested"),
            r.bool("resolved"),
            r.bool("escalated"),
            r.duration("max_detection_latency"),
            r.duration("max_mttr"),
            r.wholeNumber("policy_violations", 0, Integer.MAX_VALUE).map(Long::intValue));
    r.finish();
    return expect;
  }

  /** A name, or {@code none}; a name is remembered for the check against the configuration. */
  private Optional<String> named(MapReader r, String key, Reference.Kind kind) {
    Optional<String> name = r.text(key);
    name.filter(n -> !n.equals(Expectations.NONE))
        .ifPresent(n -> {
          YamlNode at = r.node(key).orElseThrow();
          references.add(kind, n, at.source(), at.path());
        });
    return name;
  }

  private static Optional<List<String>> actions(MapReader r) {
    Optional<YamlNode> node = r.node("actions");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    Optional<YamlNode.Sequence> list = Values.sequence(node.get(), r.problems());
    List<String> types = new ArrayList<>();
    for (YamlNode item : list.map(YamlNode.Sequence::items).orElse(List.of())) {
      Values.text(item, r.problems())
          .ifPresent(type -> {
            if (STEPS.contains(type)) {
              r.problems()
                  .error(
                      item,
                      "'"
                          + type
                          + "' is a step, not an action: list executed"
                          + " mutating actions only");
            } else if (!ActionParams.types().contains(type)) {
              r.problems().error(item, Values.unknown("action", type, ActionParams.types()));
            }
            types.add(type);
          });
    }
    return list.map(l -> types);
  }
}
