package dev.nightshift.core.remediation;

import java.util.Objects;
import java.util.Optional;

/** Restart the pods of a Kubernetes deployment one by one ({@code kubectl rollout restart}). */
public record K8sRolloutRestart(
    Target target, String namespace, String deployment, Optional<String> purpose)
    implements Action {

  public K8sRolloutRestart {
    Objects.requireNonNull(target, "target");
    Argv.requireText(namespace, "namespace");
    Argv.requireText(deployment, "deployment");
    Objects.requireNonNull(purpose, "purpose");
  }

  @Override
  public String type() {
    return "k8s_rollout_restart";
  }

  @Override
  public ActionClass actionClass() {
    return ActionClass.RESTART_CONTAINER;
  }
}
