package dev.nightshift.core.remediation;

import java.util.Objects;
import java.util.Optional;

/**
 * Restart one supervisord process ({@code supervisorctl restart group:name}): surgical, it touches
 * one pipeline stage and nothing else in its container.
 *
 * @param endpoint the supervisord endpoint name when there are several
 * @param process the supervisord process name, {@code group:name} or {@code name}
 */
public record SupervisorRestart(
    Target target, Optional<String> endpoint, String process, Optional<String> purpose)
    implements Action {

  public SupervisorRestart {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(endpoint, "endpoint");
    Argv.requireText(process, "process");
    Objects.requireNonNull(purpose, "purpose");
  }

  @Override
  public String type() {
    return "supervisor_restart";
  }

  @Override
  public ActionClass actionClass() {
    return ActionClass.RESTART_PROCESS;
  }
}
