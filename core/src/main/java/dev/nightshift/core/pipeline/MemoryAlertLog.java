package dev.nightshift.core.pipeline;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Alert states in a map. */
final class MemoryAlertLog implements AlertLog {

  private final Map<String, AlertState> states = new HashMap<>();

  @Override
  public synchronized boolean fire(String fingerprint, Instant startsAt) {
    AlertState known = states.get(fingerprint);
    if (known != null && !known.startsAt().isBefore(startsAt)) {
      return false;
    }
    states.put(fingerprint, new AlertState(fingerprint, startsAt, Optional.empty()));
    return true;
  }

  @Override
  public synchronized boolean resolve(String fingerprint, Instant startsAt, Instant endsAt) {
    AlertState known = states.get(fingerprint);
    boolean news =
        known == null
            || known.startsAt().isBefore(startsAt)
            || (known.startsAt().equals(startsAt) && known.firing());
    if (news) {
      states.put(fingerprint, new AlertState(fingerprint, startsAt, Optional.of(endsAt)));
    }
    return news;
  }

  @Override
  public synchronized Optional<AlertState> find(String fingerprint) {
    return Optional.ofNullable(states.get(fingerprint));
  }
}
