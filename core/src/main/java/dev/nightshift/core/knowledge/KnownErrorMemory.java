package dev.nightshift.core.knowledge;

import java.util.List;
import java.util.Optional;

/** Keeps the learned statistics of known errors durably. */
public interface KnownErrorMemory {

  void save(KnownErrorStats stats);

  Optional<KnownErrorStats> find(KnownErrorId id);

  List<KnownErrorStats> all();
}
