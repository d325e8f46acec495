package dev.nightshift.core.sla;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A business SLA the agent protects: the number the end user sees, what it promises, when, and how
 * a breach becomes known (measured by the agent, or announced by an external check or alert).
 *
 * @param gatusCheck the name of the external health check that reports this SLA, if any
 * @param alerts Alertmanager alert names that open an incident for this SLA
 * @param interval how often the agent measures the SLI; empty means the agent's default
 */
public record Sla(
    SlaId id,
    String description,
    Objective objective,
    TimeWindow window,
    Optional<String> gatusCheck,
    List<String> alerts,
    Optional<Sli> sli,
    Severity severity,
    Optional<Duration> interval) {

  public Sla {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(gatusCheck, "gatusCheck");
    alerts = List.copyOf(alerts);
    Objects.requireNonNull(sli, "sli");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(interval, "interval");
    interval.ifPresent(i -> {
      if (i.isZero() || i.isNegative()) {
        throw new IllegalArgumentException("an SLA interval must be positive: " + i);
      }
    });
  }

  /** Whether anything can tell the agent that this SLA is breached. */
  public boolean isObservable() {
    return sli.isPresent() || gatusCheck.isPresent() || !alerts.isEmpty();
  }
}
