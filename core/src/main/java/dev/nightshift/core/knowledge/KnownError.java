package dev.nightshift.core.knowledge;

import dev.nightshift.core.remediation.Fix;
import dev.nightshift.core.sla.Severity;
import java.util.Objects;

/** One entry of the known-error memory: a signature, the root cause it means, and its fix. */
public record KnownError(
    KnownErrorId id,
    Signature signature,
    String rootCause,
    Fix fix,
    Severity severity,
    History history) {

  public KnownError {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(rootCause, "rootCause");
    Objects.requireNonNull(fix, "fix");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(history, "history");
  }
}
