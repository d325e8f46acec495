package dev.nightshift.core.policy;

import dev.nightshift.core.remediation.Action;
import dev.nightshift.core.sla.Severity;
import java.time.Instant;
import java.util.Objects;

/**
 * One action the pipeline wants to take, with what the gate needs to know about its incident.
 *
 * @param incident the incident's number (its own earlier actions are retries, not repeats)
 * @param fromKnownError whether the action comes from a known error's fix (not a reasoner's idea)
 * @param failingSince when the failure was first seen, for {@code after_failure}
 * @param approved whether a human has approved this very step
 */
public record GateRequest(
    Action action,
    long incident,
    Severity severity,
    boolean fromKnownError,
    Instant failingSince,
    boolean approved) {

  public GateRequest {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(failingSince, "failingSince");
  }
}
