package dev.nightshift.core.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The known errors the agent matches against: the configured ones, then those learned and approved
 * by a human, in that order. Learned ones join while the agent runs; nothing is ever removed, so an
 * incident always finds the known error it names.
 */
public final class KnownErrors {

  private final Set<KnownErrorId> configured;
  private final CopyOnWriteArrayList<KnownError> errors;

  public KnownErrors(List<KnownError> configured) {
    this.configured = configured.stream().map(KnownError::id).collect(Collectors.toSet());
    this.errors = new CopyOnWriteArrayList<>(configured);
  }

  /** Whether the known error comes from known_errors.yaml rather than from learning. */
  public boolean isConfigured(KnownErrorId id) {
    return configured.contains(id);
  }

  public List<KnownError> all() {
    return List.copyOf(errors);
  }

  public Optional<KnownError> find(KnownErrorId id) {
    return errors.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The known error with this id; incidents only ever name known ones. */
  public KnownError require(KnownErrorId id) {
    return find(id).orElseThrow(() -> new IllegalStateException("no known error " + id));
  }

  /**
   * Adds an approved known error, or replaces the learned one with the same id (an edit).
   *
   * @return false when the id is a configured known error's, which only the file changes
   */
  public synchronized boolean activate(KnownError error) {
    if (isConfigured(error.id())) {
      return false;
    }
    Optional<KnownError> existing = find(error.id());
    if (existing.isPresent()) {
      errors.set(errors.indexOf(existing.get()), error);
    } else {
      errors.add(error);
    }
    return true;
  }
}
