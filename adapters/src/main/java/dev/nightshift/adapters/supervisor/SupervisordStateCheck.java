package dev.nightshift.adapters.supervisor;

import dev.nightshift.core.measure.Durations;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The {@code supervisor_state} healthcheck: every named process must be in an expected state. The
 * value is how many are not; the reason shows each process's state with its evidence.
 */
final class SupervisordStateCheck {

  private final SupervisordProcesses processes;

  SupervisordStateCheck(SupervisordProcesses processes) {
    this.processes = processes;
  }

  Health check(Optional<String> group, Optional<String> process, Set<String> expectStates) {
    if (group.isEmpty() && process.isEmpty()) {
      throw new IllegalArgumentException("supervisor_state needs a group or a process");
    }
    if (expectStates.isEmpty()) {
      throw new IllegalArgumentException("supervisor_state needs at least one expected state");
    }
    Set<String> expected = new TreeSet<>();
    expectStates.forEach(s -> expected.add(s.strip().toUpperCase(Locale.ROOT)));
    return switch (select(group, process)) {
      case Lookup.Found<List<ProcessInfo>> found -> judge(found.value(), expected);
      case Lookup.NotFound<List<ProcessInfo>> missing -> Health.unknown(missing.reason());
      case Lookup.Unreachable<List<ProcessInfo>> u -> Health.unknown(u.reason());
    };
  }

  private Lookup<List<ProcessInfo>> select(Optional<String> group, Optional<String> process) {
    if (process.isEmpty()) {
      return processes.group(group.orElseThrow());
    }
    // A process named in full ("group:process") is taken as it is, whatever the group says.
    String name =
        process.get().contains(":")
            ? process.get()
            : group.map(g -> g + ":" + process.get()).orElse(process.get());
    return switch (processes.info(name)) {
      case Lookup.Found<ProcessInfo> found -> new Lookup.Found<>(List.of(found.value()));
      case Lookup.NotFound<ProcessInfo> missing -> new Lookup.NotFound<>(missing.reason());
      case Lookup.Unreachable<ProcessInfo> u -> new Lookup.Unreachable<>(u.reason(), u.retryable());
    };
  }

  private static Health judge(List<ProcessInfo> found, Set<String> expected) {
    List<String> wrong = new ArrayList<>();
    List<String> right = new ArrayList<>();
    for (ProcessInfo info : found) {
      if (expected.contains(info.state())) {
        right.add(info.fullName() + " is " + info.state() + described(info));
      } else {
        wrong.add(
            info.fullName() + " is " + info.state() + " (want " + want(expected) + ")" + why(info));
      }
    }
    if (wrong.isEmpty()) {
      return Health.measured(HealthStatus.HEALTHY, 0, String.join("; ", right));
    }
    List<String> all = new ArrayList<>(wrong);
    all.addAll(right);
    String head =
        found.size() == 1
            ? ""
            : wrong.size() + " of " + found.size() + " processes not " + want(expected) + ": ";
    return Health.measured(HealthStatus.UNHEALTHY, wrong.size(), head + String.join("; ", all));
  }

  private static String want(Set<String> expected) {
    return expected.stream().collect(Collectors.joining(" or "));
  }

  private static String described(ProcessInfo info) {
    return info.description().isBlank() ? "" : " (" + info.description() + ")";
  }

  /** The evidence for a process in the wrong state: when it stopped, how, and why it failed. */
  private static String why(ProcessInfo info) {
    String since =
        info.stopped()
            .map(at -> Duration.between(at, info.serverTime()))
            .filter(age -> !age.isNegative())
            .map(age -> " " + Durations.format(age) + " ago")
            .orElse("");
    return switch (info.state()) {
      case "STOPPED" -> since.isEmpty() ? "" : ", stopped" + since;
      case "EXITED" -> ", exited with status " + info.exitStatus() + since;
      case "FATAL", "BACKOFF" ->
          info.spawnError().isBlank() ? described(info) : ": " + info.spawnError();
      default -> described(info);
    };
  }
}
