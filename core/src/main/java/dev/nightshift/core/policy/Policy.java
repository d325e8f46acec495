package dev.nightshift.core.policy;

import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.TimeWindow;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The safety policy as data: phase per severity, autonomy per action class, limits, freeze windows,
 * the programs commands may run, and whether the kill switch starts on.
 *
 * @param allowedPrograms programs that {@code command} and {@code docker_exec} steps may run
 */
public record Policy(
    Map<Severity, Phase> phases,
    Map<ActionClass, ClassPolicy> classes,
    Limits limits,
    List<TimeWindow> freezeWindows,
    PromotionGate promotion,
    Set<String> allowedPrograms,
    boolean killSwitch) {

  public Policy {
    phases = immutableEnumMap(phases, Severity.class, "phase");
    classes = immutableEnumMap(classes, ActionClass.class, "action class");
    Objects.requireNonNull(limits, "limits");
    freezeWindows = List.copyOf(freezeWindows);
    Objects.requireNonNull(promotion, "promotion");
    allowedPrograms = Set.copyOf(allowedPrograms);
  }

  private static <K extends Enum<K>, V> Map<K, V> immutableEnumMap(
      Map<K, V> map, Class<K> keys, String what) {
    Set<K> missing = EnumSet.allOf(keys);
    missing.removeAll(map.keySet());
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("the policy has no " + what + " for " + missing);
    }
    return Map.copyOf(new EnumMap<>(map));
  }

  public Phase phase(Severity severity) {
    return phases.get(severity);
  }

  public Autonomy autonomy(ActionClass actionClass) {
    return classes.get(actionClass).autonomy();
  }

  /** The cooldown per target for a class: its own when set, else the global one. */
  public Duration cooldown(ActionClass actionClass) {
    return classes.get(actionClass).cooldown().orElse(limits.cooldown());
  }
}
