package dev.nightshift.core.remediation;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Roll a Kubernetes deployment back to its previous revision, or to {@code toRevision} ({@code
 * kubectl rollout undo}).
 */
public record K8sRolloutUndo(
    Target target,
    String namespace,
    String deployment,
    OptionalInt toRevision,
    Optional<String> purpose)
    implements Action {

  public K8sRolloutUndo {
    Objects.requireNonNull(target, "target");
    Argv.requireText(namespace, "namespace");
    Argv.requireText(deployment, "deployment");
    Objects.requireNonNull(toRevision, "toRevision");
    toRevision.ifPresent(r -> {
      if (r < 1) {
        throw new IllegalArgumentException("revision must be >= 1: " + r);
      }
    });
    Objects.requireNonNull(purpose, "purpose");
  }

  @Override
  public String type() {
    return "k8s_rollout_undo";
  }

  @Override
  public ActionClass actionClass() {
    return ActionClass.ROLLBACK;
  }
}
