package dev.nightshift.core.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DockerExecTest {

  private static final Target TARGET = Target.of(Optional.empty(), "container", "redis");

  @Test
  void takesTheClassOfWhatTheProgramDoes() {
    DockerExec exec =
        new DockerExec(
            TARGET,
            "redis",
            List.of("redis-cli", "CONFIG", "SET", "activedefrag", "yes"),
            ActionClass.CONFIG_TWEAK,
            Optional.empty());

    assertThat(exec.actionClass()).isEqualTo(ActionClass.CONFIG_TWEAK);
    assertThat(exec.type()).isEqualTo("docker_exec");
  }

  @Test
  void rejectsACommandWithoutAProgram() {
    assertThatThrownBy(() -> exec(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("docker_exec needs a program");
    assertThatThrownBy(() -> exec(List.of(" ", "CONFIG")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("docker_exec needs a program");
  }

  @Test
  void rejectsABlankContainer() {
    assertThatThrownBy(() ->
            new DockerExec(TARGET, "", List.of("redis-cli"), ActionClass.READ, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("container cannot be blank");
  }

  @Test
  void keepsItsOwnCopyOfTheArguments() {
    List<String> argv = new ArrayList<>(List.of("redis-cli", "INFO"));
    DockerExec exec = exec(argv);

    argv.add("FLUSHALL");

    assertThat(exec.command()).containsExactly("redis-cli", "INFO");
  }

  private static DockerExec exec(List<String> command) {
    return new DockerExec(TARGET, "redis", command, ActionClass.READ, Optional.empty());
  }
}
