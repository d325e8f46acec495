package dev.nightshift.core.remediation;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Kill the normal Redis clients idle for longer than {@code idle} (CLIENT LIST, then CLIENT KILL by
 * id): frees a connection pool without touching busy clients or replicas.
 */
public record RedisKillIdleClients(
    Target target, Optional<String> instance, Duration idle, Optional<String> purpose)
    implements Action {

  public RedisKillIdleClients {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(idle, "idle");
    if (idle.isNegative() || idle.isZero()) {
      throw new IllegalArgumentException("idle must be positive: " + idle);
    }
    Objects.requireNonNull(purpose, "purpose");
  }

  @Override
  public String type() {
    return "redis_kill_idle_clients";
  }

  @Override
  public ActionClass actionClass() {
    return ActionClass.KILL_CONNECTIONS;
  }
}
