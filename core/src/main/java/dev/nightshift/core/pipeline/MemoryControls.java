package dev.nightshift.core.pipeline;

import dev.nightshift.core.policy.Controls;
import dev.nightshift.core.policy.Phase;
import dev.nightshift.core.sla.Severity;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The kill switch (off until set) and the phases set at run time (none until set). */
final class MemoryControls implements Controls {

  private final Map<Severity, Phase> phases = new EnumMap<>(Severity.class);
  private boolean killSwitch;

  @Override
  public synchronized boolean killSwitch() {
    return killSwitch;
  }

  @Override
  public synchronized void setKillSwitch(boolean on) {
    killSwitch = on;
  }

  @Override
  public synchronized Map<Severity, Phase> phases() {
    return Collections.unmodifiableMap(new EnumMap<>(phases));
  }

  @Override
  public synchronized void setPhase(Severity severity, Phase phase) {
    phases.put(
        Objects.requireNonNull(severity, "severity"), Objects.requireNonNull(phase, "phase"));
  }
}
