package dev.nightshift.core.remediation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Run an allow-listed program inside a container ({@code docker exec redis redis-cli CONFIG SET
 * activedefrag yes}), as an argument array; its class comes from what the program does.
 */
public record DockerExec(
    Target target,
    String container,
    List<String> command,
    ActionClass actionClass,
    Optional<String> purpose)
    implements Action {

  public DockerExec {
    Objects.requireNonNull(target, "target");
    Argv.requireText(container, "container");
    command = Argv.require(command, "docker_exec");
    Objects.requireNonNull(actionClass, "actionClass");
    Objects.requireNonNull(purpose, "purpose");
  }

  @Override
  public String type() {
    return "docker_exec";
  }
}
