package dev.nightshift.core.incident;

import static dev.nightshift.core.incident.IncidentState.AWAITING_APPROVAL;
import static dev.nightshift.core.incident.IncidentState.CORRELATED;
import static dev.nightshift.core.incident.IncidentState.DETECTED;
import static dev.nightshift.core.incident.IncidentState.DIAGNOSING;
import static dev.nightshift.core.incident.IncidentState.ESCALATED;
import static dev.nightshift.core.incident.IncidentState.REMEDIATING;
import static dev.nightshift.core.incident.IncidentState.RESOLVED;
import static dev.nightshift.core.incident.IncidentState.VERIFYING;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The one table of legal state changes; every change an incident makes is checked against it. */
public final class Transitions {

  private static final Map<IncidentState, Set<IncidentState>> ALLOWED = table();

  private Transitions() {}

  private static Map<IncidentState, Set<IncidentState>> table() {
    Map<IncidentState, Set<IncidentState>> t = new EnumMap<>(IncidentState.class);
    t.put(DETECTED, EnumSet.of(DIAGNOSING, RESOLVED, ESCALATED));
    // Diagnosis ends in a plan (remediating), a plan that needs a human (awaiting approval), a
    // plan already under way for a related incident (correlated), nothing to do (resolved: the
    // SLA recovered) or nothing Nightshift may do (escalated).
    t.put(DIAGNOSING, EnumSet.of(REMEDIATING, AWAITING_APPROVAL, CORRELATED, RESOLVED, ESCALATED));
    t.put(AWAITING_APPROVAL, EnumSet.of(REMEDIATING, DIAGNOSING, RESOLVED, ESCALATED));
    t.put(REMEDIATING, EnumSet.of(AWAITING_APPROVAL, VERIFYING, DIAGNOSING, RESOLVED, ESCALATED));
    // A failed verification is a failed attempt: diagnose again (next attempt) or give up.
    t.put(VERIFYING, EnumSet.of(REMEDIATING, DIAGNOSING, RESOLVED, ESCALATED));
    t.put(CORRELATED, EnumSet.of(DIAGNOSING, RESOLVED, ESCALATED));
    t.put(RESOLVED, EnumSet.noneOf(IncidentState.class));
    t.put(ESCALATED, EnumSet.noneOf(IncidentState.class));
    return t;
  }

  public static boolean allowed(IncidentState from, IncidentState to) {
    return ALLOWED.get(from).contains(to);
  }

  /** The states reachable in one step from {@code from}. */
  public static Set<IncidentState> from(IncidentState from) {
    return Set.copyOf(ALLOWED.get(from));
  }

  public static void require(IncidentState from, IncidentState to) {
    if (!allowed(from, to)) {
      throw new IllegalStateException("illegal incident state change " + from + " -> " + to);
    }
  }
}
