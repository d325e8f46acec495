package dev.nightshift.core.knowledge;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A known error the agent drafted from an incident it saw resolved, kept with who decided on it.
 *
 * @param yaml the entry in known_errors.yaml's format: what export writes and a human edits
 * @param incident the incident it was learned from
 * @param source how the fix was found: {@code reasoner} or {@code human:<name>}
 * @param note why it was rejected or edited, when a human said
 */
public record LearnedKnownError(
    KnownErrorId id,
    String yaml,
    long incident,
    String source,
    LearnedState state,
    Instant proposedAt,
    Optional<String> decidedBy,
    Optional<Instant> decidedAt,
    Optional<String> note) {

  public LearnedKnownError {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(yaml, "yaml");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(proposedAt, "proposedAt");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(decidedAt, "decidedAt");
    Objects.requireNonNull(note, "note");
  }

  public static LearnedKnownError proposed(
      KnownErrorId id, String yaml, long incident, String source, Instant at) {
    return new LearnedKnownError(
        id,
        yaml,
        incident,
        source,
        LearnedState.PROPOSED,
        at,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public LearnedKnownError decided(
      LearnedState to, String yaml, String by, Instant at, Optional<String> note) {
    return new LearnedKnownError(
        id, yaml, incident, source, to, proposedAt, Optional.of(by), Optional.of(at), note);
  }
}
