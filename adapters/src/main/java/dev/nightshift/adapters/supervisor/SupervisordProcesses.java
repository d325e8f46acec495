package dev.nightshift.adapters.supervisor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads from supervisord: one process, a group's processes, the tail of a process's logs. */
final class SupervisordProcesses {

  static final int MAX_TAIL_BYTES = 1024 * 1024;

  private final SupervisordRpc rpc;

  SupervisordProcesses(SupervisordRpc rpc) {
    this.rpc = rpc;
  }

  Lookup<ProcessInfo> info(String name) {
    Optional<String> problem = Names.processProblem(name);
    if (problem.isPresent()) {
      return new Lookup.NotFound<>(problem.get());
    }
    return switch (rpc.call("supervisor.getProcessInfo", name)) {
      case Reply.Ok ok -> parsed(() -> ProcessInfo.from(ok.value()));
      case Reply.Faulted f when f.fault() == SupervisorFault.BAD_NAME ->
          new Lookup.NotFound<>(rpc.source() + " has no process '" + name + "'");
      case Reply.Faulted f -> new Lookup.Unreachable<>(reasonFor(f), f.fault().retryable());
      case Reply.Unreachable u -> new Lookup.Unreachable<>(u.reason(), u.retryable());
    };
  }

  Lookup<List<ProcessInfo>> group(String group) {
    Optional<String> problem = Names.groupProblem(group);
    if (problem.isPresent()) {
      return new Lookup.NotFound<>(problem.get());
    }
    Lookup<List<ProcessInfo>> members =
        switch (rpc.call("supervisor.getAllProcessInfo")) {
          case Reply.Ok ok -> parsed(() -> inGroup(ok.value(), group));
          case Reply.Faulted f -> new Lookup.Unreachable<>(reasonFor(f), f.fault().retryable());
          case Reply.Unreachable u -> new Lookup.Unreachable<>(u.reason(), u.retryable());
        };
    return members instanceof Lookup.Found<List<ProcessInfo>> found && found.value().isEmpty()
        ? new Lookup.NotFound<>(rpc.source() + " has no group '" + group + "'")
        : members;
  }

  TailResult tail(String name, int bytes) {
    if (bytes < 1 || bytes > MAX_TAIL_BYTES) {
      throw new IllegalArgumentException("tail bytes must be 1.." + MAX_TAIL_BYTES + ": " + bytes);
    }
    Optional<String> problem = Names.processProblem(name);
    if (problem.isPresent()) {
      return new TailResult.Unavailable(problem.get(), false);
    }
    Lookup<String> stdout = logTail("supervisor.tailProcessStdoutLog", name, bytes);
    if (!(stdout instanceof Lookup.Found<String> out)) {
      return unavailable(stdout);
    }
    Lookup<String> stderr = logTail("supervisor.tailProcessStderrLog", name, bytes);
    if (!(stderr instanceof Lookup.Found<String> err)) {
      return unavailable(stderr);
    }
    return new TailResult.Text(out.value(), err.value());
  }

  /** The last output of a process for a failure report: stderr's, or stdout's when it has none. */
  String lastOutput(String name, int bytes) {
    if (!(tail(name, bytes) instanceof TailResult.Text text)) {
      return "";
    }
    String output = text.stderr().isBlank() ? text.stdout() : text.stderr();
    return output.isBlank() ? "" : "; last output: " + output.strip().replace('\n', '|');
  }

  /** The log's text; a tail that starts mid-line drops that partial line. */
  private Lookup<String> logTail(String method, String name, int bytes) {
    return switch (rpc.call(method, name, 0, bytes)) {
      case Reply.Ok ok
          when ok.value() instanceof List<?> l
              && l.size() == 3
              && l.get(0) instanceof String text
              && l.get(2) instanceof Boolean overflow ->
          new Lookup.Found<>(
              overflow && text.indexOf('\n') >= 0 ? text.substring(text.indexOf('\n') + 1) : text);
      case Reply.Ok ok ->
          new Lookup.Unreachable<>(rpc.source() + " sent an unreadable " + method, false);
      case Reply.Faulted f when f.fault() == SupervisorFault.BAD_NAME ->
          new Lookup.NotFound<>(rpc.source() + " has no process '" + name + "'");
      case Reply.Faulted f -> new Lookup.Unreachable<>(reasonFor(f), f.fault().retryable());
      case Reply.Unreachable u -> new Lookup.Unreachable<>(u.reason(), u.retryable());
    };
  }

  private static TailResult unavailable(Lookup<String> failed) {
    return switch (failed) {
      case Lookup.Found<String> found -> throw new IllegalStateException("not a failure");
      case Lookup.NotFound<String> missing -> new TailResult.Unavailable(missing.reason(), false);
      case Lookup.Unreachable<String> u -> new TailResult.Unavailable(u.reason(), u.retryable());
    };
  }

  private static List<ProcessInfo> inGroup(Object all, String group) throws XmlRpcException {
    if (!(all instanceof List<?> list)) {
      throw new XmlRpcException("getAllProcessInfo did not return an array");
    }
    List<ProcessInfo> members = new ArrayList<>();
    for (Object item : list) {
      ProcessInfo info = ProcessInfo.from(item);
      if (info.group().equals(group)) {
        members.add(info);
      }
    }
    return List.copyOf(members);
  }

  private <T> Lookup<T> parsed(Parse<T> parse) {
    try {
      return new Lookup.Found<>(parse.run());
    } catch (XmlRpcException e) {
      return new Lookup.Unreachable<>(
          rpc.source() + " sent an unreadable answer: " + e.getMessage(), false);
    }
  }

  String reasonFor(Reply.Faulted fault) {
    return rpc.source() + ": " + fault.reason();
  }

  private interface Parse<T> {
    T run() throws XmlRpcException;
  }
}
