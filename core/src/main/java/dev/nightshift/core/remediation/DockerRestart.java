package dev.nightshift.core.remediation;

import java.util.Objects;
import java.util.Optional;

/** Restart a whole container: every process in it, healthy or not. */
public record DockerRestart(Target target, String container, Optional<String> purpose)
    implements Action {

  public DockerRestart {
    Objects.requireNonNull(target, "target");
    Argv.requireText(container, "container");
    Objects.requireNonNull(purpose, "purpose");
  }

  @Override
  public String type() {
    return "docker_restart";
  }

  @Override
  public ActionClass actionClass() {
    return ActionClass.RESTART_CONTAINER;
  }
}
