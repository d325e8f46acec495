package dev.nightshift.adapters.command;

import dev.nightshift.core.remediation.DockerExec;
import dev.nightshift.core.remediation.DockerRestart;
import dev.nightshift.core.remediation.ExecutionResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs the {@code docker_exec} and {@code docker_restart} actions through the docker CLI: the CLI
 * is the one interface every Docker install has, and it already speaks to local and remote engines
 * ({@code -H}). Only allow-listed programs are exec'd in a container.
 */
public final class DockerCli {

  /** Docker's own rule for container names. */
  private static final Pattern CONTAINER = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");

  private static final Pattern HOST =
      Pattern.compile("(?:unix|tcp|ssh)://[A-Za-z0-9._~:/@\\[\\]%-]+");

  /** Seconds docker restart waits for the container to stop before it kills it. */
  private static final int STOP_SECONDS = 10;

  private final String binary;
  private final List<String> hostOption;
  private final Commands docker;
  private final Commands inContainer;
  private final Duration timeout;

  private DockerCli(String binary, List<String> hostOption, Set<String> allowed, Duration timeout) {
    this.binary = binary;
    this.hostOption = hostOption;
    this.docker = Commands.allowing(Set.of(fileName(binary)), timeout);
    this.inContainer = Commands.allowing(allowed, timeout);
    this.timeout = timeout;
  }

  /**
   * A docker CLI found as {@code binary} (a bare name looked up on {@code PATH}, or an absolute
   * path), talking to the engine at {@code host} ({@code unix://…}, {@code tcp://…}, {@code
   * ssh://…}) or its default, exec'ing only the {@code allowedPrograms} of policy's command
   * allow-list, each call limited to {@code timeout}.
   *
   * @throws IllegalArgumentException for a binary, host or allowed program that is not well formed
   */
  public static DockerCli using(
      String binary, Optional<String> host, Set<String> allowedPrograms, Duration timeout) {
    Objects.requireNonNull(binary, "binary");
    Objects.requireNonNull(timeout, "timeout");
    host.ifPresent(h -> {
      if (!HOST.matcher(h).matches()) {
        throw new IllegalArgumentException(
            "a docker host is unix://, tcp:// or ssh:// followed by an address, not '" + h + "'");
      }
    });
    List<String> hostOption = host.map(h -> List.of("-H", h)).orElse(List.of());
    return new DockerCli(binary, hostOption, allowedPrograms, timeout);
  }

  /** {@code docker [-H host] exec <container> <command...>}. */
  public ExecutionResult execute(DockerExec action) {
    String program = action.command().getFirst();
    String what = "exec " + program + " in container " + action.container();
    Optional<String> refusal = invalidContainer(action.container());
    if (refusal.isEmpty() && !inContainer.allows(program)) {
      refusal = Optional.of("program '" + program + "' is not in the command allow-list");
    }
    if (refusal.isPresent()) {
      return new ExecutionResult.Failed(what + " refused: " + refusal.get(), false);
    }
    List<String> args = new ArrayList<>(List.of("exec", action.container()));
    args.addAll(action.command());
    return docker(what, args, timeout);
  }

  /**
   * {@code docker [-H host] restart --time 10 <container>}; the call may take the stop grace on top
   * of the timeout, since docker waits that long for the container to stop before killing it.
   */
  public ExecutionResult execute(DockerRestart action) {
    String what = "restart container " + action.container();
    Optional<String> refusal = invalidContainer(action.container());
    if (refusal.isPresent()) {
      return new ExecutionResult.Failed(what + " refused: " + refusal.get(), false);
    }
    List<String> args =
        List.of("restart", "--time", Integer.toString(STOP_SECONDS), action.container());
    return docker(what, args, timeout.plusSeconds(STOP_SECONDS));
  }

  private ExecutionResult docker(String what, List<String> args, Duration limit) {
    List<String> argv = new ArrayList<>();
    argv.add(binary);
    argv.addAll(hostOption);
    argv.addAll(args);
    return switch (docker.run(argv, limit)) {
      case ExecutionResult.Succeeded s -> new ExecutionResult.Succeeded(what + ": " + s.detail());
      case ExecutionResult.Failed f ->
          new ExecutionResult.Failed(what + ": " + f.detail(), f.retryable());
    };
  }

  private static Optional<String> invalidContainer(String container) {
    return CONTAINER.matcher(container).matches()
        ? Optional.empty()
        : Optional.of(
            "container name '"
                + container
                + "' does not match "
                + CONTAINER.pattern()
                + " (letters, digits, _ . -)");
  }

  /** The name the CLI is allow-listed under to run it; a relative path would depend on the cwd. */
  private static String fileName(String binary) {
    if (!binary.startsWith("/")) {
      if (binary.contains("/")) {
        throw new IllegalArgumentException(
            "the docker binary is a bare name or an absolute path, not '" + binary + "'");
      }
      return binary;
    }
    Path name = Path.of(binary).getFileName();
    if (name == null) {
      throw new IllegalArgumentException("the docker binary has no file name: '" + binary + "'");
    }
    return name.toString();
  }
}
