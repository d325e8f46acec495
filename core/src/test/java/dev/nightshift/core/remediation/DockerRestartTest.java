package dev.nightshift.core.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DockerRestartTest {

  private static final Target TARGET = Target.of(Optional.empty(), "container", "redis");

  @Test
  void isAContainerRestart() {
    DockerRestart restart = new DockerRestart(TARGET, "redis", Optional.empty());

    assertThat(restart.actionClass()).isEqualTo(ActionClass.RESTART_CONTAINER);
    assertThat(restart.type()).isEqualTo("docker_restart");
  }

  @Test
  void rejectsABlankContainer() {
    assertThatThrownBy(() -> new DockerRestart(TARGET, " ", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("container cannot be blank");
  }
}
