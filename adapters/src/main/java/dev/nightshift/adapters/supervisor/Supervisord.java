package dev.nightshift.adapters.supervisor;

import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.core.remediation.ExecutionResult;
import dev.nightshift.core.remediation.SupervisorRestart;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.Healthcheck;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One supervisord, reached over HTTP(S) ({@code http://host:port/RPC2}) or its unix socket ({@code
 * unix:///run/supervisor.sock}): process state for healthchecks, surgical restarts of one process,
 * and log tails. Every call is bounded by the endpoint's timeout, and every failure is a value.
 */
public final class Supervisord implements AutoCloseable {

  private static final String RPC_PATH = "/RPC2";

  private final SupervisordRpc rpc;
  private final SupervisordProcesses processes;
  private final SupervisordStateCheck stateCheck;
  private final SupervisordControl control;
  private final SupervisordGroupControl groupControl;

  private Supervisord(SupervisordRpc rpc) {
    this.rpc = rpc;
    this.processes = new SupervisordProcesses(rpc);
    this.stateCheck = new SupervisordStateCheck(processes);
    this.control = new SupervisordControl(rpc, processes);
    this.groupControl = new SupervisordGroupControl(rpc, processes);
  }

  /**
   * Prepares calls to the endpoint; nothing is sent until the first call. Messages never show the
   * URL's user info, so a password written into it stays out of reports.
   *
   * @throws IllegalArgumentException when the URL is neither http(s) nor a unix socket path
   */
  public static Supervisord connect(Endpoint endpoint) {
    URI url = endpoint.url();
    String scheme = Optional.ofNullable(url.getScheme()).orElse("").toLowerCase(Locale.ROOT);
    return switch (scheme) {
      case "http", "https" -> overHttp(endpoint, scheme);
      case "unix" -> overUnixSocket(endpoint);
      default ->
          throw new IllegalArgumentException(
              "a supervisord endpoint is http://, https:// or unix://, not '" + scheme + "'");
    };
  }

  private static Supervisord overHttp(Endpoint endpoint, String scheme) {
    URI url = endpoint.url();
    if (url.getHost() == null) {
      throw new IllegalArgumentException("a supervisord URL needs a host");
    }
    String path =
        url.getRawPath() == null || url.getRawPath().isEmpty() || url.getRawPath().equals("/")
            ? RPC_PATH
            : url.getRawPath();
    // Rebuilt without user info or query, so that neither reaches a report.
    URI target =
        URI.create(
            scheme + "://" + url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "") + path);
    return new Supervisord(
        new SupervisordRpc(
            new HttpTransport(target, endpoint.timeout(), endpoint.basicAuthorization()),
            "supervisord at " + target,
            endpoint.timeout()));
  }

  private static Supervisord overUnixSocket(Endpoint endpoint) {
    String path = endpoint.url().getPath();
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("a supervisord unix socket is unix:///absolute/path.sock");
    }
    return new Supervisord(
        new SupervisordRpc(
            new UnixSocketTransport(
                Path.of(path), endpoint.timeout(), endpoint.basicAuthorization()),
            "supervisord at unix://" + path,
            endpoint.timeout()));
  }

  /** One process, by {@code group:process} or {@code process}. */
  public Lookup<ProcessInfo> info(String name) {
    return processes.info(name);
  }

  /** Every process of a group ({@code getAllProcessInfo} filtered by group). */
  public Lookup<List<ProcessInfo>> group(String group) {
    return processes.group(group);
  }

  /**
   * Whether the process ({@code group:process} when both are given), or every process of the group
   * when no process is named, is in one of the expected states. The value is how many are not;
   * supervisord unreachable or the process unknown is {@link Health#unknown}.
   */
  public Health state(Optional<String> group, Optional<String> process, Set<String> expectStates) {
    return stateCheck.check(group, process, expectStates);
  }

  /** Runs core's {@code supervisor_state} healthcheck. */
  public Health state(Healthcheck.SupervisorState check) {
    return state(check.group(), check.process(), check.expectStates());
  }

  /**
   * Stops then starts ONE process (never its group), succeeding once it is RUNNING again; a frozen
   * (SIGSTOPped) process is resumed first so that it stops promptly.
   */
  public ExecutionResult restart(String name) {
    return control.restart(name);
  }

  /** Starts one process; one already running is fine. */
  public ExecutionResult start(String name) {
    return control.start(name);
  }

  /** Stops one process; one not running is fine. */
  public ExecutionResult stop(String name) {
    return control.stop(name);
  }

  /** Restarts EVERY process of a group: only for an action that explicitly asks for the group. */
  public ExecutionResult restartGroup(String group) {
    return groupControl.restartGroup(group);
  }

  /** Core's {@code supervisor_restart} action; its endpoint name chose this instance. */
  public ExecutionResult execute(SupervisorRestart action) {
    return control.restart(action.process());
  }

  /**
   * The last {@code bytes} of the process's stdout and stderr logs (each), for processes that only
   * log to their standard streams.
   */
  public TailResult tail(String name, int bytes) {
    return processes.tail(name, bytes);
  }

  @Override
  public void close() {
    rpc.close();
  }

  @Override
  public String toString() {
    return rpc.source();
  }
}
