package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.core.telemetry.Healthcheck;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a {@code supervisor_state} healthcheck, taking group and process from the node. */
final class SupervisorStateReader {

  /** The process states supervisord reports. */
  static final List<String> STATES =
      List.of(
          "STOPPED", "STARTING", "RUNNING", "BACKOFF", "STOPPING", "EXITED", "FATAL", "UNKNOWN");

  private final Endpoints endpoints;

  SupervisorStateReader(Endpoints endpoints) {
    this.endpoints = endpoints;
  }

  Optional<Healthcheck> read(MapReader r, NodeContext node, Optional<Duration> timeout) {
    Optional<String> group = r.text("group").or(() -> node.coordinates().supervisorGroup());
    Optional<String> process = r.text("process").or(() -> node.coordinates().supervisorProcess());
    Optional<String> endpoint =
        endpoints.supervisord(node.coordinates().supervisor(), r.mapping(), r.problems());
    Set<String> expect = new LinkedHashSet<>();
    boolean valid = true;
    for (String state : r.texts("expect")) {
      if (STATES.contains(state)) {
        expect.add(state);
      } else {
        r.problems()
            .error(
                r.node("expect").orElseThrow(), Values.unknown("supervisor state", state, STATES));
        valid = false;
      }
    }
    if (group.isEmpty() && process.isEmpty()) {
      r.problems()
          .error(
              r.mapping(),
              "supervisor_state needs a process or group: set them here or supervisor_process/supervisor_group on "
                  + node.owner());
      return Optional.empty();
    }
    if (expect.isEmpty()) {
      expect.add("RUNNING");
    }
    return valid
        ? Optional.of(new Healthcheck.SupervisorState(endpoint, group, process, expect, timeout))
        : Optional.empty();
  }
}
