package dev.nightshift.core.pipeline;

import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.knowledge.LearnedKnownError;
import dev.nightshift.core.knowledge.LearnedKnownErrors;
import dev.nightshift.core.knowledge.LearnedState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Learned known errors in memory, in the order they were proposed. */
final class MemoryLearnedKnownErrors implements LearnedKnownErrors {

  private final Map<KnownErrorId, LearnedKnownError> entries = new LinkedHashMap<>();

  @Override
  public synchronized boolean propose(LearnedKnownError proposal) {
    return entries.putIfAbsent(proposal.id(), proposal) == null;
  }

  @Override
  public synchronized Optional<LearnedKnownError> find(KnownErrorId id) {
    return Optional.ofNullable(entries.get(id));
  }

  @Override
  public synchronized List<LearnedKnownError> all() {
    return new ArrayList<>(entries.values()).reversed();
  }

  @Override
  public synchronized Optional<LearnedKnownError> decide(LearnedKnownError decided) {
    LearnedKnownError current = entries.get(decided.id());
    if (current == null || current.state() != LearnedState.PROPOSED) {
      return Optional.empty();
    }
    entries.put(decided.id(), decided);
    return Optional.of(decided);
  }
}
