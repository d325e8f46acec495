package dev.nightshift.sim;

import dev.nightshift.core.sla.SlaId;
import dev.nightshift.sim.scenario.Fault;
import dev.nightshift.sim.scenario.Scenario;
import dev.nightshift.sim.scenario.SeriesKey;
import dev.nightshift.sim.scenario.ValueSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The numbers of a scenario at any instant: the baseline overlaid by each fault in start order
 * while it is active, returning linearly to what lies below over the fault's recovery. Counters are
 * the integral of their rate, computed exactly between the instants where a rate can change.
 */
final class Levels {

  private final Scenario scenario;
  private final FaultTimeline timeline;
  private final Map<String, Map<SeriesKey, ValueSpec>> faultSeries = new HashMap<>();
  private final Map<SeriesKey, ValueSpec> baseSeries = new HashMap<>();
  private final Set<SeriesKey> keys = new LinkedHashSet<>();
  private final Set<SeriesKey> counters = new LinkedHashSet<>();

  Levels(Scenario scenario, FaultTimeline timeline) {
    this.scenario = scenario;
    this.timeline = timeline;
    scenario.baseline().nodes().values().forEach(e -> baseSeries.putAll(e.metrics()));
    remember(baseSeries);
    for (Fault fault : timeline.faults()) {
      faultSeries.put(fault.id(), fault.series());
      remember(fault.series());
    }
  }

  private void remember(Map<SeriesKey, ValueSpec> series) {
    keys.addAll(series.keySet());
    series.forEach((key, spec) -> {
      if (spec.isCounter()) {
        counters.add(key);
      }
    });
  }

  /** Every series the scenario ever gives a value. */
  Set<SeriesKey> keys() {
    return keys;
  }

  boolean isCounter(SeriesKey key) {
    return counters.contains(key);
  }

  /** A series' value: a gauge's level, or a counter's total since the start; empty if absent. */
  OptionalDouble value(SeriesKey key, Instant at) {
    OptionalDouble level = level(key, at);
    if (level.isEmpty() || !isCounter(key)) {
      return level;
    }
    return OptionalDouble.of(integral(key, scenario.start(), at));
  }

  /** A gauge's value or a counter's rate per second at an instant; empty while it has none. */
  OptionalDouble level(SeriesKey key, Instant at) {
    return overlay(baseSeries.get(key), f -> faultSeries.get(f.id()).get(key), at);
  }

  /** The SLI of an SLA at an instant; empty when the scenario gives it none. */
  OptionalDouble sli(SlaId sla, Instant at) {
    return overlay(scenario.baseline().sli().get(sla), f -> f.sli().get(sla), at);
  }

  /** How much a counter grew between two instants: the integral of its rate. */
  double integral(SeriesKey key, Instant from, Instant to) {
    if (to.isBefore(from)) {
      return -integral(key, to, from);
    }
    TreeSet<Instant> cuts = new TreeSet<>(List.of(from, to));
    for (Fault fault : timeline.faults()) {
      cuts.add(timeline.start(fault));
      timeline.end(fault).ifPresent(end -> cuts.addAll(List.of(end, end.plus(fault.recovery()))));
    }
    double sum = 0;
    Instant previous = from;
    // Between cuts a rate is constant or linear, so its value at the midpoint integrates exactly.
    for (Instant cut : cuts.subSet(from, false, to, true)) {
      Duration span = Duration.between(previous, cut);
      OptionalDouble rate = level(key, previous.plus(span.dividedBy(2)));
      sum += rate.orElse(0) * seconds(span);
      previous = cut;
    }
    return sum;
  }

  private OptionalDouble overlay(
      @Nullable ValueSpec base, Function<Fault, @Nullable ValueSpec> pick, Instant at) {
    OptionalDouble value =
        base == null
            ? OptionalDouble.empty()
            : OptionalDouble.of(base.level(Duration.between(scenario.start(), at)));
    for (Fault fault : timeline.faults()) {
      ValueSpec spec = pick.apply(fault);
      if (spec != null && !at.isBefore(timeline.start(fault))) {
        value = faultLevel(fault, spec, value, at);
      }
    }
    return value;
  }

  private OptionalDouble faultLevel(Fault fault, ValueSpec spec, OptionalDouble below, Instant at) {
    Instant start = timeline.start(fault);
    Instant end = timeline.end(fault).orElse(Instant.MAX);
    if (at.isBefore(end)) {
      return OptionalDouble.of(spec.level(Duration.between(start, at)));
    }
    Duration since = Duration.between(end, at);
    if (below.isEmpty() || since.compareTo(fault.recovery()) >= 0) {
      return below;
    }
    double atEnd = spec.level(Duration.between(start, end));
    double fraction = (double) since.toNanos() / fault.recovery().toNanos();
    return OptionalDouble.of(atEnd + (below.getAsDouble() - atEnd) * fraction);
  }

  static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }
}
