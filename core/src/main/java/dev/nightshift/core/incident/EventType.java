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
  REPORTED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return wireName();
  }
}
