package dev.nightshift.app.drill;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.sim.scenario.ActionParams;
import dev.nightshift.sim.scenario.Expectations;
import dev.nightshift.sim.scenario.IncidentExpectations;
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
  private final Set<String> learned;

  /**
   * @param learned the ids of the learned known errors the scenario decides on, which a {@code
   *     known_error} may name although known_errors.yaml does not have them
   */
  ExpectationsReader(References references, Set<String> learned) {
    this.references = references;
    this.learned = Set.copyOf(learned);
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
            r.wholeNumber("policy_violations", 0, Integer.MAX_VALUE).map(Long::intValue),
            r.wholeNumber("reasoner_calls", 0, Integer.MAX_VALUE).map(Long::intValue),
            learned(r),
            incidents(r));
    r.finish();
    return expect;
  }

  /** {@code learned: [learned-1]}: the ids must be ones the scenario decides on. */
  private Optional<List<String>> learned(MapReader r) {
    if (r.node("learned").isEmpty()) {
      return Optional.empty();
    }
    List<String> ids = r.texts("learned");
    ids.stream()
        .filter(id -> !learned.contains(id))
        .forEach(id ->
            r.problems()
                .error(
                    r.node("learned").orElseThrow(),
                    "'" + id + "' is not decided on under learning:, so it cannot be approved"));
    return Optional.of(ids.stream().sorted().toList());
  }

  /** {@code incidents: [{known_error: none, ...}, ...]}, in the order the incidents open. */
  private Optional<List<IncidentExpectations>> incidents(MapReader r) {
    if (r.node("incidents").isEmpty()) {
      return Optional.empty();
    }
    List<IncidentExpectations> out = new ArrayList<>();
    for (YamlNode item : r.list("incidents")) {
      MapReader.of(item, r.problems())
          .ifPresent(i -> {
            out.add(
                new IncidentExpectations(
                    named(i, "root_cause", Reference.Kind.NODE),
                    named(i, "known_error", Reference.Kind.KNOWN_ERROR),
                    actions(i),
                    i.bool("approval_requested"),
                    i.bool("resolved"),
                    i.bool("escalated")));
            i.finish();
          });
    }
    return Optional.of(out);
  }

  /** A name, or {@code none}; a name is remembered for the check against the configuration. */
  private Optional<String> named(MapReader r, String key, Reference.Kind kind) {
    Optional<String> name = r.text(key);
    name.filter(n -> !n.equals(Expectations.NONE))
        .filter(n -> kind != Reference.Kind.KNOWN_ERROR || !learned.contains(n))
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
