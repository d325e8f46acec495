package dev.nightshift.core.pipeline;

import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.knowledge.KnownErrorMemory;
import dev.nightshift.core.knowledge.KnownErrorStats;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Known-error statistics by id, listed in id order. */
final class MemoryKnownErrorMemory implements KnownErrorMemory {

  private final NavigableMap<KnownErrorId, KnownErrorStats> stats = new TreeMap<>();

  @Override
  public synchronized void save(KnownErrorStats stats) {
    this.stats.put(stats.id(), stats);
  }

  @Override
  public synchronized Optional<KnownErrorStats> find(KnownErrorId id) {
    return Optional.ofNullable(stats.get(id));
  }

  @Override
  public synchronized List<KnownErrorStats> all() {
    return List.copyOf(stats.values());
  }
}
