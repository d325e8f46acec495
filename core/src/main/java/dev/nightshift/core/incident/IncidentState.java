package dev.nightshift.core.incident;

import java.util.Locale;

/** Where an incident is in the loop; the legal moves between states are in {@link Transitions}. */
public enum IncidentState {
  DETECTED,
  DIAGNOSING,
  AWAITING_APPROVAL,
  REMEDIATING,
  VERIFYING,
  /** Another open incident is fixing the same root cause; this one follows its outcome. */
  CORRELATED,
  RESOLVED,
  ESCALATED;

  public boolean isTerminal() {
    return this == RESOLVED || this == ESCALATED;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return wireName();
  }
}
