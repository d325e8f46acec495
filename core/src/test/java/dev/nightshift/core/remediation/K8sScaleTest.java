package dev.nightshift.core.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class K8sScaleTest {

  private static final Target TARGET = Target.of(Optional.empty(), "deployment", "prod/api");

  @Test
  void scalesDownToZeroReplicas() {
    K8sScale scale = new K8sScale(TARGET, "prod", "api", 0, Optional.empty());

    assertThat(scale.replicas()).isZero();
    assertThat(scale.actionClass()).isEqualTo(ActionClass.SCALE);
    assertThat(scale.type()).isEqualTo("k8s_scale");
  }

  @Test
  void rejectsANegativeReplicaCount() {
    assertThatThrownBy(() -> new K8sScale(TARGET, "prod", "api", -1, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("replicas must be >= 0: -1");
  }
}
