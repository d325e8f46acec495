package dev.nightshift.core.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunCommandTest {

  private static final Target TARGET = Target.of(Optional.empty(), "host", "agent");

  @Test
  void runsAnArgumentArrayOfTheDeclaredClass() {
    RunCommand command =
        new RunCommand(
            TARGET,
            List.of("systemctl", "restart", "x"),
            ActionClass.RESTART_PROCESS,
            Optional.empty());

    assertThat(command.argv()).containsExactly("systemctl", "restart", "x");
    assertThat(command.actionClass()).isEqualTo(ActionClass.RESTART_PROCESS);
    assertThat(command.type()).isEqualTo("command");
  }

  @Test
  void rejectsAnArgumentArrayWithoutAProgram() {
    assertThatThrownBy(() -> new RunCommand(TARGET, List.of(), ActionClass.READ, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("command needs a program");
    assertThatThrownBy(
            () -> new RunCommand(TARGET, List.of("", "-x"), ActionClass.READ, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("command needs a program");
  }
}
