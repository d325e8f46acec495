package dev.nightshift.core.policy;

import dev.nightshift.core.sla.Severity;
import java.util.Map;

/**
 * The switches operators flip at run time (kill switch, phase per severity), kept durably so that a
 * restart never silently turns autonomy back on.
 */
public interface Controls {

  boolean killSwitch();

  void setKillSwitch(boolean on);

  /** Phases set at run time; a severity without one uses policy.yaml. */
  Map<Severity, Phase> phases();

  void setPhase(Severity severity, Phase phase);
}
