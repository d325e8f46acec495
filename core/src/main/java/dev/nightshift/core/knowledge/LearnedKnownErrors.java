package dev.nightshift.core.knowledge;

import java.util.List;
import java.util.Optional;

/** Keeps learned known errors durably, proposed until a human decides. */
public interface LearnedKnownErrors {

  /** Stores a new proposal; false when one with this id exists already. */
  boolean propose(LearnedKnownError proposal);

  Optional<LearnedKnownError> find(KnownErrorId id);

  /** All of them, newest first. */
  List<LearnedKnownError> all();

  /**
   * Records a human's decision if the entry is still proposed (compare-and-set, so two humans
   * answering at once cannot both win).
   *
   * @return the entry as decided, or empty when it was not proposed any more
   */
  Optional<LearnedKnownError> decide(LearnedKnownError decided);
}
