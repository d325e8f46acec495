package dev.nightshift.adapters.supervisor;

import static dev.nightshift.adapters.supervisor.SupervisordControl.failed;
import static dev.nightshift.adapters.supervisor.SupervisordControl.refused;

import dev.nightshift.core.remediation.ExecutionResult;
import dev.nightshift.core.remediation.ExecutionResult.Failed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Restarts every process of a group: kept apart from single-process control so that touching a
 * whole group is always a separate, explicitly named call.
 */
final class SupervisordGroupControl {

  private final SupervisordRpc rpc;
  private final SupervisordProcesses processes;

  SupervisordGroupControl(SupervisordRpc rpc, SupervisordProcesses processes) {
    this.rpc = rpc;
    this.processes = processes;
  }

  ExecutionResult restartGroup(String group) {
    Optional<Failed> failed =
        refused(Names.groupProblem(group))
            .or(() -> resumeGroup(group))
            .or(() -> groupStep("supervisor.stopProcessGroup", group, SupervisorFault.NOT_RUNNING))
            .or(() ->
                groupStep("supervisor.startProcessGroup", group, SupervisorFault.ALREADY_STARTED));
    if (failed.isPresent()) {
      return failed.get();
    }
    return switch (processes.group(group)) {
      case Lookup.Found<List<ProcessInfo>> found ->
          new ExecutionResult.Succeeded(
              "restarted every process of group "
                  + group
                  + " on "
                  + rpc.source()
                  + ": "
                  + String.join(
                      ", ",
                      found.value().stream().map(p -> p.fullName() + " " + p.state()).toList()));
      case Lookup.NotFound<List<ProcessInfo>> missing -> new Failed(missing.reason(), false);
      case Lookup.Unreachable<List<ProcessInfo>> u ->
          failed("restarting group " + group, u.reason(), u.retryable());
    };
  }

  /** SIGCONT to the group's running processes, so that a frozen one stops promptly. */
  private Optional<Failed> resumeGroup(String group) {
    return switch (rpc.call("supervisor.signalProcessGroup", group, "CONT")) {
      case Reply.Ok ok -> Optional.empty();
      case Reply.Faulted f when f.fault() == SupervisorFault.BAD_NAME ->
          Optional.of(new Failed(rpc.source() + " has no group '" + group + "'", false));
      case Reply.Faulted f -> Optional.empty();
      case Reply.Unreachable u -> Optional.of(new Failed(u.reason(), u.retryable()));
    };
  }

  /**
   * A group-wide stop or start, waiting for each process; supervisord answers with a status per
   * process, and any status but SUCCESS or the harmless one fails the step.
   */
  private Optional<Failed> groupStep(String method, String group, SupervisorFault harmless) {
    return switch (rpc.call(method, group, true)) {
      case Reply.Ok ok -> groupFailures(method, group, ok.value(), harmless);
      case Reply.Faulted f when f.fault() == SupervisorFault.BAD_NAME ->
          Optional.of(new Failed(rpc.source() + " has no group '" + group + "'", false));
      case Reply.Faulted f ->
          Optional.of(failed(method + " " + group, processes.reasonFor(f), f.fault().retryable()));
      case Reply.Unreachable u ->
          Optional.of(failed(method + " " + group, u.reason(), u.retryable()));
    };
  }

  private Optional<Failed> groupFailures(
      String method, String group, Object statuses, SupervisorFault harmless) {
    if (!(statuses instanceof List<?> list)) {
      return Optional.of(new Failed(rpc.source() + " sent an unreadable " + method, false));
    }
    List<String> problems = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> status && status.get("status") instanceof Integer code)) {
        problems.add("an unreadable status");
        continue;
      }
      SupervisorFault fault = SupervisorFault.of(code);
      if (fault != SupervisorFault.SUCCESS && fault != harmless) {
        problems.add(
            status.get("group")
                + ":"
                + status.get("name")
                + ": "
                + fault.explain(String.valueOf(status.get("description"))));
      }
    }
    return problems.isEmpty()
        ? Optional.empty()
        : Optional.of(failed(method + " " + group, String.join("; ", problems), true));
  }
}
