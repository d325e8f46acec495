package dev.nightshift.sim.scenario;

import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.topology.NodeId;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that goes wrong at a time in a drill: its effects per node and on SLIs while it is
 * active, and what ends it (a matching action, or time).
 *
 * @param at when it starts, after the scenario's start
 * @param clearsAfter how long after its start it ends by itself; empty when only an action ends it.
 *     A written {@code clears_after: 0s} means the same as none: a fault that ended the moment it
 *     started would be no fault, so zero cannot be what a scenario means
 * @param recovery how long numbers take to return linearly to the baseline once it has ended;
 *     health returns at once
 */
public record Fault(
    String id,
    Duration at,
    Map<NodeId, Effect> effects,
    Map<SlaId, ValueSpec> sli,
    List<ClearRule> clearedBy,
    Optional<Duration> clearsAfter,
    Duration recovery) {

  public Fault {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a fault needs an id");
    }
    requireNotNegative(at, "at");
    effects = Collections.unmodifiableMap(new LinkedHashMap<>(effects));
    sli = Collections.unmodifiableMap(new LinkedHashMap<>(sli));
    clearedBy = List.copyOf(clearedBy);
    Objects.requireNonNull(clearsAfter, "clearsAfter");
    clearsAfter.ifPresent(d -> requireNotNegative(d, "clears_after"));
    clearsAfter = clearsAfter.filter(d -> !d.isZero());
    requireNotNegative(recovery, "recovery");
  }

  /** Every series value this fault sets, over all its nodes (a later node's wins). */
  public Map<SeriesKey, ValueSpec> series() {
    Map<SeriesKey, ValueSpec> out = new LinkedHashMap<>();
    effects.values().forEach(e -> out.putAll(e.metrics()));
    return out;
  }

  private static void requireNotNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " cannot be negative: " + value);
    }
  }
}
