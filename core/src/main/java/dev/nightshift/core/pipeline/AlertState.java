package dev.nightshift.core.pipeline;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the {@link AlertLog} knows of one alert: since when it fires and, once it stopped, when.
 *
 * @param fingerprint the sender's identity of the alert (Alertmanager's hash of its labels)
 */
public record AlertState(String fingerprint, Instant startsAt, Optional<Instant> resolvedAt) {

  public AlertState {
    Objects.requireNonNull(fingerprint, "fingerprint");
    if (fingerprint.isBlank()) {
      throw new IllegalArgumentException("an alert's fingerprint cannot be blank");
    }
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(resolvedAt, "resolvedAt");
  }

  public boolean firing() {
    return resolvedAt.isEmpty();
  }
}
