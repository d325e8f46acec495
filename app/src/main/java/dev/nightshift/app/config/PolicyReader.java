package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.core.policy.Autonomy;
import dev.nightshift.core.policy.ClassPolicy;
import dev.nightshift.core.policy.Limits;
import dev.nightshift.core.policy.Phase;
import dev.nightshift.core.policy.Policy;
import dev.nightshift.core.policy.PromotionGate;
import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.TimeWindow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads policy.yaml: the seed's autonomy table as data, with limits, phases and freezes. */
final class PolicyReader {

  private static final Map<String, Phase> PHASES = Values.byName(Phase.values(), Phase::yamlName);
  private static final Set<ActionClass> NEVER_ALONE =
      Set.of(ActionClass.DELETE_DATA, ActionClass.CLUSTER_OPS);

  private final WindowCatalog windows;

  PolicyReader(WindowCatalog windows) {
    this.windows = windows;
  }

  /** The policy used when there is no policy.yaml: observe everything, act on nothing. */
  static Policy builtIn() {
    return new Policy(
        phases(Optional.empty()),
        classes(Optional.empty()),
        limits(Optional.empty()),
        List.of(),
        promotion(Optional.empty()),
        Set.of(),
        false);
  }

  Optional<Policy> read(MapReader r) {
    Map<Severity, Phase> phases = phases(r.node("phase").flatMap(n -> phaseSection(n, r)));
    Map<ActionClass, ClassPolicy> classes = classes(r.map("autonomy"));
    Limits limits = limits(r.map("limits"));
    List<TimeWindow> freeze = freeze(r);
    PromotionGate promotion = promotion(r.map("promotion"));
    Set<String> allowed = r.map("commands").map(PolicyReader::allowList).orElse(Set.of());
    boolean killSwitch = r.bool("kill_switch").orElse(false);
    r.finish();
    return Optional.of(new Policy(phases, classes, limits, freeze, promotion, allowed, killSwitch));
  }

  /** {@code phase: observe} for every severity, or {@code phase: {critical: assist, ...}}. */
  private static Optional<Map<Severity, Phase>> phaseSection(YamlNode node, MapReader r) {
    Map<Severity, Phase> out = new EnumMap<>(Severity.class);
    if (node instanceof YamlNode.Scalar) {
      Values.choice(node, "phase", PHASES, r.problems())
          .ifPresent(p -> List.of(Severity.values()).forEach(s -> out.put(s, p)));
      return Optional.of(out);
    }
    MapReader.of(node, r.problems())
        .ifPresent(m -> {
          for (Severity s : Severity.values()) {
            m.choice(s.yamlName(), "phase", PHASES).ifPresent(p -> out.put(s, p));
          }
          m.finish();
        });
    return Optional.of(out);
  }

  private static Map<Severity, Phase> phases(Optional<Map<Severity, Phase>> written) {
    Map<Severity, Phase> phases = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      phases.put(s, written.map(w -> w.get(s)).orElse(Defaults.PHASE));
    }
    return phases;
  }

  private static Map<ActionClass, ClassPolicy> classes(Optional<MapReader> section) {
    section.ifPresent(PolicyReader::checkClassNames);
    Map<ActionClass, ClassPolicy> classes = new EnumMap<>(ActionClass.class);
    for (ActionClass c : ActionClass.values()) {
      Optional<ClassPolicy> written =
          section.flatMap(
              s -> s.node(c.yamlName()).flatMap(n -> AutonomyReader.read(n, s.problems())));
      classes.put(
          c,
          written.orElse(
              ClassPolicy.of(
                  c == ActionClass.READ ? new Autonomy.Full() : Defaults.CLASS_AUTONOMY)));
      if (written.isPresent()
          && NEVER_ALONE.contains(c)
          && !(written.get().autonomy() instanceof Autonomy.Never
              || written.get().autonomy() instanceof Autonomy.Approval)) {
        MapReader s = section.orElseThrow();
        s.problems()
            .warning(
                s.node(c.yamlName()).orElseThrow(),
                c + " lets the agent act alone; the seed's table says a human always decides");
      }
    }
    section.ifPresent(MapReader::finish);
    return classes;
  }

  private static void checkClassNames(MapReader section) {
    for (YamlNode.Entry entry : section.mapping().entries().values()) {
      if (!ActionClassReader.NAMES.containsKey(entry.key())) {
        section.allow(entry.key());
        section
            .problems()
            .error(
                entry.keySource(),
                section.pathOf(entry.key()),
                Values.unknown("action class", entry.key(), ActionClassReader.NAMES.keySet()));
      }
    }
  }

  private static Limits limits(Optional<MapReader> section) {
    Limits limits =
        new Limits(
            section.flatMap(s -> s.duration("cooldown")).orElse(Defaults.COOLDOWN),
            section
                .flatMap(s -> s.wholeNumber("actions_per_hour", 0, 10_000))
                .map(Long::intValue)
                .orElse(Defaults.ACTIONS_PER_HOUR),
            section
                .flatMap(s -> s.wholeNumber("attempts_per_incident", 1, 100))
                .map(Long::intValue)
                .orElse(Defaults.ATTEMPTS_PER_INCIDENT),
            section
                .flatMap(s -> fraction(s, "max_tree_fraction", false))
                .orElse(Defaults.MAX_TREE_FRACTION),
            section
                .flatMap(s -> s.positiveDuration("approval_timeout"))
                .orElse(Defaults.APPROVAL_TIMEOUT));
    section.ifPresent(MapReader::finish);
    return limits;
  }

  private List<TimeWindow> freeze(MapReader r) {
    List<TimeWindow> out = new ArrayList<>();
    Optional<YamlNode> node = r.node("freeze");
    List<YamlNode> items =
        node.map(n -> n instanceof YamlNode.Sequence s ? s.items() : List.of(n)).orElse(List.of());
    for (YamlNode item : items) {
      windows.lookup(item, r.problems()).ifPresent(out::add);
    }
    return out;
  }

  private static PromotionGate promotion(Optional<MapReader> section) {
    PromotionGate gate =
        new PromotionGate(
            section
                .flatMap(s -> s.wholeNumber("min_decisions", 0, Integer.MAX_VALUE))
                .map(Long::intValue)
                .orElse(Defaults.PROMOTION_MIN_DECISIONS),
            section
                .flatMap(s -> fraction(s, "min_accuracy", true))
                .orElse(Defaults.PROMOTION_MIN_ACCURACY),
            section
                .flatMap(s -> s.wholeNumber("max_violations", 0, Integer.MAX_VALUE))
                .map(Long::intValue)
                .orElse(Defaults.PROMOTION_MAX_VIOLATIONS));
    section.ifPresent(MapReader::finish);
    return gate;
  }

  /** A number in (0, 1], or [0, 1] when zero is allowed; {@code 25%} reads as 0.25. */
  private static Optional<Double> fraction(MapReader r, String key, boolean zeroAllowed) {
    Optional<Double> value =
        r.quantity(key)
            .map(q ->
                q.unit() == dev.nightshift.core.measure.Quantity.Unit.PERCENT
                    ? q.value() / 100
                    : q.value());
    if (value.isPresent()
        && (value.get() > 1 || value.get() < 0 || !zeroAllowed && value.get() == 0)) {
      r.problems()
          .error(
              r.node(key).orElseThrow(),
              "must be a fraction "
                  + (zeroAllowed ? "from 0" : "above 0")
                  + " up to 1, or a percentage, got "
                  + r.node(key).orElseThrow().describe());
      return Optional.empty();
    }
    return value;
  }

  private static Set<String> allowList(MapReader r) {
    Set<String> allowed = new LinkedHashSet<>(r.texts("allow"));
    r.finish();
    return allowed;
  }
}
