package dev.nightshift.core.incident;

import java.util.Locale;

/** The kinds of thing that happen to an incident, in the order they usually happen. */
public enum EventType {
  DETECTED,
  QUEUED,
  SIGNAL_ATTACHED,
  STATE_CHANGED,
  NODE_CHECKED,
  DIAGNOSED,
  /** A deploy or other change near the opening touched a walked node or the root cause. */
  CHANGE_CORRELATED,
  KNOWN_ERROR_MATCHED,
  NO_KNOWN_ERROR,
  /** The reasoner was asked about an unexplained failure; the facts hold its validated answer. */
  HYPOTHESIZED,
  POLICY_DECISION,
  APPROVAL_REQUESTED,
  APPROVAL_DECIDED,
  ACTION_INTENDED,
  ACTION_EXECUTED,
  ACTION_FAILED,
  WAITED,
  VERIFIED,
  VERIFY_FAILED,
  CORRELATED,
  RESOLVED,
  ESCALATED,
  REPORTED,
  /** A known error was proposed from what this incident taught. */
  LEARNED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return wireName();
  }
}
