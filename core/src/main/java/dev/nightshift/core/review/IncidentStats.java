package dev.nightshift.core.review;

import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.remediation.ActionOutcome;
import dev.nightshift.core.remediation.ActionRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How incidents went over a window: counts by SLA and state, the share resolved by Nightshift, time
 * to detect and to resolve, known errors that recur (against the window before), and what was
 * escalated, denied or blocked, with the reasons.
 *
 * @param bySla for each SLA, the number of incidents in each state
 * @param autoResolved incidents resolved (the SLA recovered) without escalation
 * @param timeToDetect median and p90 of opening minus the first breach, where it was recorded
 * @param timeToResolve median and p90 of opened to closed, over closed incidents
 */
public record IncidentStats(
    Instant from,
    Instant to,
    int total,
    Map<String, Map<String, Integer>> bySla,
    int autoResolved,
    Spread timeToDetect,
    Spread timeToResolve,
    List<Recurring> recurring,
    List<Escalation> escalations,
    List<Blocked> blocked) {

  public IncidentStats {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    bySla = Collections.unmodifiableMap(new TreeMap<>(bySla));
    Objects.requireNonNull(timeToDetect, "timeToDetect");
    Objects.requireNonNull(timeToResolve, "timeToResolve");
    recurring = List.copyOf(recurring);
    escalations = List.copyOf(escalations);
    blocked = List.copyOf(blocked);
  }

  /** The share of incidents Nightshift resolved, 0 to 1; 0 when there were none. */
  public double autoResolvedShare() {
    return total == 0 ? 0 : (double) autoResolved / total;
  }

  /** A median and a 90th percentile (nearest rank) over {@code count} values. */
  public record Spread(int count, Duration median, Duration p90) {
    static Spread of(List<Duration> values) {
      List<Duration> sorted = values.stream().sorted().toList();
      return new Spread(sorted.size(), percentile(sorted, 50), percentile(sorted, 90));
    }
  }

  /** A known error's matches in this window and the one before it. */
  public record Recurring(String knownError, int count, int previous) {
    /** ↑ more than before, ↓ fewer, = as many. */
    public String trend() {
      return count > previous ? "↑" : count < previous ? "↓" : "=";
    }
  }

  /** An incident handed to a human, and the reason it gave. */
  public record Escalation(long incident, String sla, String reason) {}

  /** An action that did not run: denied, only intended, or awaiting an approval that expired. */
  public record Blocked(long incident, String action, String outcome, String reason) {}

  /**
   * The statistics of {@code current} (incidents opened in [from, to)) against {@code previous}.
   */
  public static IncidentStats of(
      Instant from, Instant to, List<Reviewed> current, List<Reviewed> previous) {
    Map<String, Map<String, Integer>> bySla = new TreeMap<>();
    List<Escalation> escalations = new ArrayList<>();
    List<Blocked> blocked = new ArrayList<>();
    int resolved = 0;
    for (Reviewed r : current) {
      var i = r.incident();
      bySla
          .computeIfAbsent(i.sla().toString(), s -> new TreeMap<>())
          .merge(i.state().wireName(), 1, Integer::sum);
      if (i.state() == IncidentState.RESOLVED) {
        resolved++;
      }
      escalation(r).ifPresent(escalations::add);
      blocked.addAll(blocked(r));
    }
    return new IncidentStats(
        from,
        to,
        current.size(),
        bySla,
        resolved,
        Spread.of(current.stream().map(Reviewed::timeToDetect).toList()),
        Spread.of(current.stream().flatMap(r -> r.timeToResolve().stream()).toList()),
        recurring(current, previous),
        escalations,
        blocked);
  }

  private static Optional<Escalation> escalation(Reviewed r) {
    var i = r.incident();
    if (i.state() != IncidentState.ESCALATED) {
      return Optional.empty();
    }
    String why =
        r.events().reversed().stream()
            .filter(e -> e.type() == EventType.ESCALATED)
            .map(TimelineEvent::message)
            .findFirst()
            .orElse("no reason recorded");
    return Optional.of(new Escalation(i.id().value(), i.sla().toString(), why));
  }

  private static List<Blocked> blocked(Reviewed r) {
    List<Blocked> out = new ArrayList<>();
    for (ActionRecord a : r.actions()) {
      boolean expired = a.outcome() == ActionOutcome.PENDING_APPROVAL && !r.incident().isOpen();
      if (a.outcome() == ActionOutcome.DENIED || a.outcome() == ActionOutcome.INTENDED || expired) {
        out.add(
            new Blocked(
                r.incident().id().value(),
                a.type() + " on " + a.resource(),
                expired ? "approval expired" : a.outcome().wireName(),
                a.detail()));
      }
    }
    return out;
  }

  private static List<Recurring> recurring(List<Reviewed> current, List<Reviewed> previous) {
    Map<String, Integer> now = counts(current);
    Map<String, Integer> before = counts(previous);
    return now.entrySet().stream()
        .map(e -> new Recurring(e.getKey(), e.getValue(), before.getOrDefault(e.getKey(), 0)))
        .sorted(
            Comparator.comparingInt(Recurring::count)
                .reversed()
                .thenComparing(Recurring::knownError))
        .toList();
  }

  private static Map<String, Integer> counts(List<Reviewed> incidents) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    incidents.forEach(r -> r.knownError().ifPresent(k -> counts.merge(k, 1, Integer::sum)));
    return counts;
  }

  /** The nearest-rank percentile of sorted values; zero for none. */
  static Duration percentile(List<Duration> sorted, int p) {
    if (sorted.isEmpty()) {
      return Duration.ZERO;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }
}
