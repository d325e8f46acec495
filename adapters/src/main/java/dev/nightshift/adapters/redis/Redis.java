package dev.nightshift.adapters.redis;

import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.core.measure.ParseResult;
import dev.nightshift.core.remediation.ExecutionResult;
import dev.nightshift.core.remediation.RedisCommand;
import dev.nightshift.core.remediation.RedisKillIdleClients;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.MetricCondition;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One Redis instance as the agent sees it: probes for the {@code redis} healthcheck and the Redis
 * fixes, all over one connection that is opened once and kept, because a Redis at {@code
 * maxclients} refuses new connections exactly when the agent must act. Every call is bounded by the
 * endpoint's timeout and returns a value, never a library exception.
 *
 * <p>Health: a Redis that answers with an error (OOM, LOADING, max clients reached) is unhealthy;
 * one that does not answer (refused, timed out, not connected) is unknown, and so is one that
 * rejects our credentials (NOAUTH, WRONGPASS, NOPERM): we could not look.
 */
public final class Redis implements AutoCloseable {

  /** The fields of INFO, or why they could not be read. */
  public sealed interface Info {

    /** INFO's fields in the server's order ({@code connected_clients -> 12}). */
    record Fields(Map<String, String> fields) implements Info {
      public Fields {
        fields = new InfoFields(fields).fields();
      }
    }

    /** INFO could not be read; the reason names the instance. */
    record Unavailable(String reason) implements Info {
      public Unavailable {
        Objects.requireNonNull(reason, "reason");
      }
    }
  }

  private final RedisLink link;

  private Redis(RedisLink link) {
    this.link = link;
  }

  /**
   * Prepares the connection to {@code redis://host:port[/db]}; it opens on first use and is retried
   * on every call until it does, so a Redis that is down at start does not stop the agent.
   *
   * @throws IllegalArgumentException if the URL is not a Redis URL or carries credentials
   */
  public static Redis connect(Endpoint endpoint) {
    return new Redis(new RedisLink(RedisAddress.parse(endpoint.url()), endpoint));
  }

  /** PING must answer PONG, writes must not be refused for memory, and the condition must hold. */
  public Health probe(Optional<MetricCondition> condition) {
    return RedisProbe.probe(link, condition);
  }

  /** INFO, for evidence in a report. */
  public Info info() {
    return switch (link.call("INFO", c -> c.info())) {
      case Reply.Answered<String> text -> new Info.Fields(InfoFields.parse(text.value()).fields());
      case Reply.Failure<String> failure -> new Info.Unavailable(failure.reason());
    };
  }

  /** Kills the normal clients idle for at least {@code idle}, never the agent's own. */
  public ExecutionResult killIdleClients(Duration idle) {
    if (idle.isNegative() || idle.isZero()) {
      return new ExecutionResult.Failed("idle must be positive: " + idle, false);
    }
    return IdleClients.kill(link, idle);
  }

  /** Sends one allow-listed command; anything else is refused without reaching Redis. */
  public ExecutionResult command(List<String> argv) {
    return switch (CommandAllowList.check(argv)) {
      case ParseResult.Invalid<AllowedCommand> refused ->
          new ExecutionResult.Failed(refused.message(), false);
      case ParseResult.Valid<AllowedCommand> allowed -> run(allowed.value());
    };
  }

  /**
   * Runs core's action; its {@code instance} has already chosen this facade (app keeps one per
   * configured instance).
   */
  public ExecutionResult execute(RedisKillIdleClients action) {
    return killIdleClients(action.idle());
  }

  /** Runs core's action through the allow-list, like {@link #command(List)}. */
  public ExecutionResult execute(RedisCommand action) {
    return command(action.command());
  }

  private ExecutionResult run(AllowedCommand command) {
    return switch (link.call(command.text(), command::runOn)) {
      case Reply.Answered<String> answer ->
          new ExecutionResult.Succeeded(command.text() + ": " + answer.value());
      case Reply.Failure<String> failure -> failure.failed();
    };
  }

  /** Closes the connection and its threads, waiting at most the endpoint's timeout. */
  @Override
  public void close() {
    link.close();
  }

  @Override
  public String toString() {
    return link.address().toString();
  }
}
