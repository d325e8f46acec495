package dev.nightshift.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * What happened, before the trail gives it a place in the chain.
 *
 * @param actor who did it: {@code agent}, an operator's name, {@code policy}
 * @param kind a short machine word: {@code action.executed}, {@code policy.decision}, ...
 * @param subject what it was about: {@code incident 12}, {@code container/redis}
 * @param detail a sentence for humans
 */
public record AuditRecord(Instant at, String actor, String kind, String subject, String detail) {

  public AuditRecord {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(detail, "detail");
  }
}
