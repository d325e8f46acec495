package dev.nightshift.core.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class K8sRolloutUndoTest {

  private static final Target TARGET = Target.of(Optional.empty(), "deployment", "prod/api");

  @Test
  void isARollbackToThePreviousOrAGivenRevision() {
    K8sRolloutUndo previous =
        new K8sRolloutUndo(TARGET, "prod", "api", OptionalInt.empty(), Optional.empty());
    K8sRolloutUndo first =
        new K8sRolloutUndo(TARGET, "prod", "api", OptionalInt.of(1), Optional.empty());

    assertThat(previous.actionClass()).isEqualTo(ActionClass.ROLLBACK);
    assertThat(previous.type()).isEqualTo("k8s_rollout_undo");
    assertThat(first.toRevision()).hasValue(1);
  }

  @Test
  void rejectsARevisionBelowOne() {
    assertThatThrownBy(
            () -> new K8sRolloutUndo(TARGET, "prod", "api", OptionalInt.of(0), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("revision must be >= 1: 0");
  }
}
