package dev.nightshift.core.pipeline;

import java.time.Instant;
import java.util.Optional;

/**
 * Remembers, durably and by fingerprint, which external alerts are firing and which resolved, so
 * that an alert the sender repeats (Alertmanager re-sends every repeat_interval) is raised once and
 * its resolution recorded once, across restarts too. Both writes are compare-and-set.
 */
public interface AlertLog {

  /**
   * Records the alert as firing since {@code startsAt}; answers false, changing nothing, when it is
   * already known firing or resolved for that start or a later one (a repeat, or a late message).
   */
  boolean fire(String fingerprint, Instant startsAt);

  /**
   * Records the alert that fired at {@code startsAt} as resolved at {@code endsAt}; answers false,
   * changing nothing, when that firing (or a later one) is already known resolved.
   */
  boolean resolve(String fingerprint, Instant startsAt, Instant endsAt);

  Optional<AlertState> find(String fingerprint);
}
