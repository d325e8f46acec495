package dev.nightshift.core.remediation;

import java.util.Objects;
import java.util.Optional;

/** Set the replica count of a Kubernetes deployment. */
public record K8sScale(
    Target target, String namespace, String deployment, int replicas, Optional<String> purpose)
    implements Action {

  public K8sScale {
    Objects.requireNonNull(target, "target");
    Argv.requireText(namespace, "namespace");
    Argv.requireText(deployment, "deployment");
    if (replicas < 0) {
      throw new IllegalArgumentException("replicas must be >= 0: " + replicas);
    }
    Objects.requireNonNull(purpose, "purpose");
  }

  @Override
  public String type() {
    return "k8s_scale";
  }

  @Override
  public ActionClass actionClass() {
    return ActionClass.SCALE;
  }
}
