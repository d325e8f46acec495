package dev.nightshift.adapters.command;

import dev.nightshift.core.measure.Durations;
import dev.nightshift.core.remediation.ExecutionResult;
import dev.nightshift.core.remediation.RunCommand;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.Healthcheck;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the programs policy allows, for the {@code command} action and healthcheck: an argument
 * array (never a shell), stdin closed, output bounded to its last 8 KiB, every run timed out and
 * its process tree killed when it overruns.
 */
public final class Commands {

  /** A health reason is one line of a report; the action detail keeps the whole bounded tail. */
  private static final int REASON_TAIL_CHARS = 500;

  private final AllowList allowList;
  private final Duration defaultTimeout;

  private Commands(AllowList allowList, Duration defaultTimeout) {
    this.allowList = allowList;
    this.defaultTimeout = requirePositive(defaultTimeout);
  }

  /**
   * Allows the programs named (bare names such as {@code redis-cli}; an absolute path is allowed
   * when its file name is one of them), each run limited to {@code defaultTimeout} unless told.
   *
   * @throws IllegalArgumentException when a name is not a bare program name
   */
  public static Commands allowing(Set<String> programs, Duration defaultTimeout) {
    return new Commands(new AllowList(programs), defaultTimeout);
  }

  /** Whether {@code program} (a bare name or an absolute path) may be run. */
  public boolean allows(String program) {
    return allowList.allows(program);
  }

  /** Runs {@code argv} if its program is allowed: exit 0 succeeds, anything else fails. */
  public ExecutionResult run(List<String> argv, Duration timeout) {
    return switch (complete(argv, timeout)) {
      case Completion.Exited e when e.code() == 0 ->
          new ExecutionResult.Succeeded(exited(e, e.output()));
      case Completion.Exited e -> new ExecutionResult.Failed(exited(e, e.output()), false);
      case Completion.TimedOut t -> new ExecutionResult.Failed(timedOut(t, t.output()), true);
      case Completion.NotRun n -> new ExecutionResult.Failed(n.reason(), n.retryable());
    };
  }

  /** Runs core's {@code command} action with the default timeout. */
  public ExecutionResult execute(RunCommand action) {
    return run(action.argv(), defaultTimeout);
  }

  /**
   * The {@code command} healthcheck: healthy when the program exits with the expected code, the
   * code being the measured value. A run that overran is unhealthy (the check ran, its target did
   * not answer in time); a program that could not be run is unknown.
   */
  public Health probe(Healthcheck.Command check, Duration defaultTimeout) {
    Duration timeout = check.timeout().orElse(defaultTimeout);
    return switch (complete(check.argv(), timeout)) {
      case Completion.Exited e -> {
        HealthStatus status =
            e.code() == check.expectExit() ? HealthStatus.HEALTHY : HealthStatus.UNHEALTHY;
        String reason = exited(e, shorten(e.output())) + " (want " + check.expectExit() + ")";
        yield Health.measured(status, e.code(), reason);
      }
      case Completion.TimedOut t -> Health.unhealthy(timedOut(t, shorten(t.output())));
      case Completion.NotRun n -> Health.unknown(n.reason());
    };
  }

  private Completion complete(List<String> argv, Duration timeout) {
    Objects.requireNonNull(argv, "argv");
    requirePositive(timeout);
    Optional<String> refusal = allowList.refusal(argv);
    if (refusal.isPresent()) {
      return new Completion.NotRun(refusal.get(), false);
    }
    String program = argv.getFirst();
    Optional<Path> executable = AllowList.resolve(program);
    if (executable.isEmpty()) {
      return new Completion.NotRun(
          program.startsWith("/")
              ? "program " + program + " does not exist or is not executable"
              : "program '" + program + "' is not found on PATH",
          false);
    }
    return ProcessRun.run(executable.get(), argv, timeout);
  }

  private static String exited(Completion.Exited e, String output) {
    return e.program() + " exited " + e.code() + withOutput(output);
  }

  private static String timedOut(Completion.TimedOut t, String output) {
    return t.program()
        + " timed out after "
        + Durations.format(t.timeout().truncatedTo(ChronoUnit.MILLIS))
        + " and was killed with its descendants"
        + withOutput(output);
  }

  private static String withOutput(String output) {
    return output.isEmpty() ? "" : ": " + output;
  }

  private static String shorten(String output) {
    return output.length() <= REASON_TAIL_CHARS
        ? output
        : "…" + output.substring(output.length() - REASON_TAIL_CHARS);
  }

  private static Duration requirePositive(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("a timeout must be positive: " + timeout);
    }
    return timeout;
  }
}
