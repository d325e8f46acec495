package dev.nightshift.core.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SupervisorRestartTest {

  private static final Target TARGET = Target.of(Optional.empty(), "process", "primary:writer");

  @Test
  void isAProcessRestart() {
    SupervisorRestart restart =
        new SupervisorRestart(TARGET, Optional.empty(), "primary:writer", Optional.empty());

    assertThat(restart.actionClass()).isEqualTo(ActionClass.RESTART_PROCESS);
    assertThat(restart.type()).isEqualTo("supervisor_restart");
  }

  @Test
  void rejectsABlankProcess() {
    assertThatThrownBy(() -> new SupervisorRestart(TARGET, Optional.empty(), "", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("process cannot be blank");
  }
}
