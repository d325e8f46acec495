package dev.nightshift.core.policy;

import dev.nightshift.core.remediation.IdempotencyKey;
import java.util.List;
import java.util.Optional;

/** Keeps requests for approval and their answers durably, so a restart loses no decision. */
public interface Approvals {

  /** Stores a new request, or replaces the one with the same key. */
  void save(Approval approval);

  Optional<Approval> find(IdempotencyKey key);

  /** Every request still waiting for an answer, oldest first. */
  List<Approval> pending();
}
