package dev.nightshift.core.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class K8sRolloutRestartTest {

  private static final Target TARGET = Target.of(Optional.empty(), "deployment", "prod/api");

  @Test
  void isAContainerRestart() {
    K8sRolloutRestart restart = new K8sRolloutRestart(TARGET, "prod", "api", Optional.empty());

    assertThat(restart.actionClass()).isEqualTo(ActionClass.RESTART_CONTAINER);
    assertThat(restart.type()).isEqualTo("k8s_rollout_restart");
  }

  @Test
  void rejectsABlankNamespaceOrDeployment() {
    assertThatThrownBy(() -> new K8sRolloutRestart(TARGET, "", "api", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("namespace cannot be blank");
    assertThatThrownBy(() -> new K8sRolloutRestart(TARGET, "prod", " ", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("deployment cannot be blank");
  }
}
