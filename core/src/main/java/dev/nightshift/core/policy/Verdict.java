package dev.nightshift.core.policy;

import java.time.Instant;
import java.util.Objects;

/**
 * The policy gate's answer for one action, always with the reason that goes into the audit trail.
 */
public sealed interface Verdict {

  String reason();

  /** Run it. */
  record Allow(String reason) implements Verdict {
    public Allow {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Ask a human first. */
  record NeedsApproval(String reason) implements Verdict {
    public NeedsApproval {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Not yet: ask again at {@code until} (an {@code after_failure} delay). */
  record Hold(Instant until, String reason) implements Verdict {
    public Hold {
      Objects.requireNonNull(until, "until");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Log the action as an intention only (kill switch, observe phase, freeze window). */
  record Intend(String reason) implements Verdict {
    public Intend {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Not allowed: the incident goes to a human. */
  record Deny(String reason) implements Verdict {
    public Deny {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
