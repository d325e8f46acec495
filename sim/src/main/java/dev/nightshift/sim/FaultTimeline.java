package dev.nightshift.sim;

import dev.nightshift.sim.scenario.Fault;
import dev.nightshift.sim.scenario.Scenario;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When each fault of a scenario is active: from its start until an action clears it or its {@code
 * clears_after} passes. Clear times are the only state; everything else is a function of time, so
 * past instants (for a rate over a window) are evaluated exactly as they were.
 */
final class FaultTimeline {

  private final Scenario scenario;
  private final List<Fault> faults;
  private final Map<String, Instant> cleared = new HashMap<>();

  FaultTimeline(Scenario scenario) {
    this.scenario = scenario;
    // Stable: faults starting together keep the scenario's order, and later ones override.
    this.faults = scenario.faults().stream().sorted(Comparator.comparing(Fault::at)).toList();
  }

  /** Every fault, by start time. */
  List<Fault> faults() {
    return faults;
  }

  Instant start(Fault fault) {
    return scenario.at(fault.at());
  }

  /** When the fault ends (ended, or is known to end); empty while only an action can end it. */
  Optional<Instant> end(Fault fault) {
    Optional<Instant> byTime = fault.clearsAfter().map(d -> start(fault).plus(d));
    Optional<Instant> byAction = Optional.ofNullable(cleared.get(fault.id()));
    if (byTime.isPresent() && byAction.isPresent()) {
      return Optional.of(byTime.get().isBefore(byAction.get()) ? byTime.get() : byAction.get());
    }
    return byTime.or(() -> byAction);
  }

  boolean isActive(Fault fault, Instant at) {
    return !at.isBefore(start(fault)) && end(fault).map(at::isBefore).orElse(true);
  }

  List<Fault> activeAt(Instant at) {
    return faults.stream().filter(f -> isActive(f, at)).toList();
  }

  /** Ends an active fault at {@code at}; a fault that is not active is left alone. */
  boolean clear(Fault fault, Instant at) {
    if (!isActive(fault, at)) {
      return false;
    }
    cleared.put(fault.id(), at);
    return true;
  }

  /** When an action cleared the fault, if one did. */
  Optional<Instant> clearedAt(String faultId) {
    return Optional.ofNullable(cleared.get(faultId));
  }
}
