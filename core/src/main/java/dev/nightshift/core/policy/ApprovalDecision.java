package dev.nightshift.core.policy;

import dev.nightshift.core.remediation.IdempotencyKey;
import java.util.Objects;

/** What became of an answer to a request for approval: each request takes exactly one answer. */
public sealed interface ApprovalDecision {

  /** This answer was the first: the request now carries it. */
  record Decided(Approval approval) implements ApprovalDecision {
    public Decided {
      Objects.requireNonNull(approval, "approval");
    }
  }

  /** Someone (or the expiry) answered first; this answer changed nothing. */
  record AlreadyDecided(Approval approval) implements ApprovalDecision {
    public AlreadyDecided {
      Objects.requireNonNull(approval, "approval");
    }
  }

  /** No request has this key. */
  record NotFound(IdempotencyKey key) implements ApprovalDecision {
    public NotFound {
      Objects.requireNonNull(key, "key");
    }
  }
}
