package dev.nightshift.adapters.supervisor;

import dev.nightshift.core.remediation.ExecutionResult;
import dev.nightshift.core.remediation.ExecutionResult.Failed;
import java.util.Optional;

/**
 * Starts, stops and restarts one supervisord process, with supervisord's own {@code wait=true}
 * semantics: a stop returns once the process is gone, a start once it is RUNNING (has stayed up for
 * its {@code startsecs}) or has failed. A whole group is only ever touched by {@link
 * SupervisordGroupControl}.
 */
final class SupervisordControl {

  private static final int OUTPUT_TAIL_BYTES = 600;

  private final SupervisordRpc rpc;
  private final SupervisordProcesses processes;

  SupervisordControl(SupervisordRpc rpc, SupervisordProcesses processes) {
    this.rpc = rpc;
    this.processes = processes;
  }

  ExecutionResult restart(String name) {
    Optional<Failed> failed =
        refused(Names.processProblem(name))
            .or(() -> resume(name))
            .or(() -> stopOnly(name))
            .or(() -> startOnly(name));
    return failed
        .<ExecutionResult>map(f -> f)
        .orElseGet(() -> running(name, "restarted", "restarting"));
  }

  ExecutionResult start(String name) {
    Optional<Failed> failed = refused(Names.processProblem(name)).or(() -> startOnly(name));
    return failed
        .<ExecutionResult>map(f -> f)
        .orElseGet(() -> running(name, "started", "starting"));
  }

  ExecutionResult stop(String name) {
    Optional<Failed> failed =
        refused(Names.processProblem(name)).or(() -> resume(name)).or(() -> stopOnly(name));
    return failed.<ExecutionResult>map(f -> f).orElseGet(() -> stopped(name));
  }

  /**
   * A SIGSTOPped process would act on its stop signal only when SIGKILLed after {@code
   * stopwaitsecs}, likely beyond our timeout; SIGCONT first lets it stop at once. Harmless for a
   * running process; a process that is not running has nothing to resume.
   */
  private Optional<Failed> resume(String name) {
    return switch (rpc.call("supervisor.signalProcess", name, "CONT")) {
      case Reply.Ok ok -> Optional.empty();
      case Reply.Faulted f when f.fault() == SupervisorFault.BAD_NAME -> Optional.of(noSuch(name));
      case Reply.Faulted f -> Optional.empty();
      case Reply.Unreachable u -> Optional.of(new Failed(u.reason(), u.retryable()));
    };
  }

  private Optional<Failed> stopOnly(String name) {
    return switch (rpc.call("supervisor.stopProcess", name, true)) {
      case Reply.Ok ok -> Optional.empty();
      case Reply.Faulted f when f.fault() == SupervisorFault.NOT_RUNNING -> Optional.empty();
      case Reply.Faulted f when f.fault() == SupervisorFault.BAD_NAME -> Optional.of(noSuch(name));
      case Reply.Faulted f ->
          Optional.of(failed("stopping " + name, processes.reasonFor(f), f.fault().retryable()));
      case Reply.Unreachable u ->
          Optional.of(failed("stopping " + name, u.reason(), u.retryable()));
    };
  }

  private Optional<Failed> startOnly(String name) {
    return switch (rpc.call("supervisor.startProcess", name, true)) {
      case Reply.Ok ok -> Optional.empty();
      case Reply.Faulted f when f.fault() == SupervisorFault.ALREADY_STARTED -> Optional.empty();
      case Reply.Faulted f when f.fault() == SupervisorFault.BAD_NAME -> Optional.of(noSuch(name));
      case Reply.Faulted f ->
          Optional.of(
              failed(
                  "starting " + name,
                  processes.reasonFor(f) + stateOf(name) + lastOutput(name),
                  f.fault().retryable()));
      case Reply.Unreachable u ->
          Optional.of(failed("starting " + name, u.reason() + stateOf(name), u.retryable()));
    };
  }

  /**
   * Success once supervisord reports the process RUNNING. When its state cannot be read afterwards,
   * supervisord has still accepted the action: verification, not a second restart, tells the rest.
   */
  private ExecutionResult running(String name, String done, String doing) {
    return switch (processes.info(name)) {
      case Lookup.Found<ProcessInfo> found when found.value().state().equals("RUNNING") ->
          new ExecutionResult.Succeeded(
              done
                  + " "
                  + found.value().fullName()
                  + " on "
                  + rpc.source()
                  + ": RUNNING ("
                  + found.value().description()
                  + ")");
      case Lookup.Found<ProcessInfo> found ->
          failed(
              doing + " " + name, name + " is " + found.value().state() + lastOutput(name), true);
      case Lookup.NotFound<ProcessInfo> missing -> new Failed(missing.reason(), false);
      case Lookup.Unreachable<ProcessInfo> u ->
          new ExecutionResult.Succeeded(
              done + " " + name + "; its state could not be read afterwards: " + u.reason());
    };
  }

  private ExecutionResult stopped(String name) {
    String state =
        processes.info(name) instanceof Lookup.Found<ProcessInfo> found
            ? ": " + found.value().state()
            : "";
    return new ExecutionResult.Succeeded("stopped " + name + " on " + rpc.source() + state);
  }

  private String stateOf(String name) {
    return processes.info(name) instanceof Lookup.Found<ProcessInfo> found
        ? "; it is now "
            + found.value().state()
            + (found.value().spawnError().isBlank() ? "" : " (" + found.value().spawnError() + ")")
        : "";
  }

  private String lastOutput(String name) {
    return processes.lastOutput(name, OUTPUT_TAIL_BYTES);
  }

  private Failed noSuch(String name) {
    return new Failed(rpc.source() + " has no process '" + name + "'", false);
  }

  static Failed failed(String what, String reason, boolean retryable) {
    return new Failed(what + " failed: " + reason, retryable);
  }

  static Optional<Failed> refused(Optional<String> problem) {
    return problem.map(p -> new Failed(p, false));
  }
}
