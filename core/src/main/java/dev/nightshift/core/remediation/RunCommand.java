package dev.nightshift.core.remediation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Run an allow-listed program on the agent's host as an argument array, never through a shell. */
public record RunCommand(
    Target target, List<String> argv, ActionClass actionClass, Optional<String> purpose)
    implements Action {

  public RunCommand {
    Objects.requireNonNull(target, "target");
    argv = Argv.require(argv, "command");
    Objects.requireNonNull(actionClass, "actionClass");
    Objects.requireNonNull(purpose, "purpose");
  }

  @Override
  public String type() {
    return "command";
  }
}
