package dev.nightshift.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.policy.Controls;
import dev.nightshift.core.policy.Phase;
import dev.nightshift.core.sla.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link Controls} store does, run against the memory and the SQLite store. */
public abstract class ControlsContract extends StoreContract {

  private Controls controls() {
    return stores().controls();
  }

  @Test
  void theKillSwitchIsOffAndNoPhaseIsSetUntilSomeoneSetsThem() {
    assertThat(controls().killSwitch()).isFalse();
    assertThat(controls().phases()).isEmpty();
  }

  @Test
  void engagesAndReleasesTheKillSwitch() {
    controls().setKillSwitch(true);
    assertThat(controls().killSwitch()).isTrue();

    controls().setKillSwitch(false);
    assertThat(controls().killSwitch()).isFalse();
  }

  @Test
  void keepsOnePhasePerSeverity() {
    controls().setPhase(Severity.CRITICAL, Phase.ASSIST);
    controls().setPhase(Severity.HIGH, Phase.AUTONOMOUS);
    controls().setPhase(Severity.CRITICAL, Phase.OBSERVE);

    assertThat(controls().phases())
        .isEqualTo(Map.of(Severity.CRITICAL, Phase.OBSERVE, Severity.HIGH, Phase.AUTONOMOUS));
  }

  @Test
  void phasesAreASnapshotNobodyCanChange() {
    controls().setPhase(Severity.LOW, Phase.ASSIST);
    Map<Severity, Phase> before = controls().phases();

    controls().setPhase(Severity.MEDIUM, Phase.ASSIST);

    assertThat(before).isEqualTo(Map.of(Severity.LOW, Phase.ASSIST));
    assertThatThrownBy(() -> before.put(Severity.LOW, Phase.AUTONOMOUS))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void keepsControlsAcrossARestart() {
    controls().setKillSwitch(true);
    controls().setPhase(Severity.CRITICAL, Phase.ASSIST);

    Stores restarted = reopen();

    assertThat(restarted.controls().killSwitch()).isTrue();
    assertThat(restarted.controls().phases()).isEqualTo(Map.of(Severity.CRITICAL, Phase.ASSIST));
  }
}
