package dev.nightshift.app.run;

import dev.nightshift.adapters.redis.Redis;
import dev.nightshift.adapters.supervisor.Supervisord;
import dev.nightshift.core.remediation.Action;
import dev.nightshift.core.remediation.DockerExec;
import dev.nightshift.core.remediation.DockerRestart;
import dev.nightshift.core.remediation.ExecutionResult;
import dev.nightshift.core.remediation.Executor;
import dev.nightshift.core.remediation.HttpRequest;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.remediation.K8sRolloutRestart;
import dev.nightshift.core.remediation.K8sRolloutUndo;
import dev.nightshift.core.remediation.K8sScale;
import dev.nightshift.core.remediation.RedisCommand;
import dev.nightshift.core.remediation.RedisKillIdleClients;
import dev.nightshift.core.remediation.RunCommand;
import dev.nightshift.core.remediation.SupervisorRestart;
import java.util.Optional;

/** Carries out each action of the catalog through the client for the system it targets. */
final class LiveExecutor implements Executor {

  private final Connections c;

  LiveExecutor(Connections connections) {
    this.c = connections;
  }

  @Override
  public ExecutionResult execute(Action action, IdempotencyKey key) {
    return switch (action) {
      case SupervisorRestart s ->
          Connections.named(c.supervisord, s.endpoint())
              .map((Supervisord sd) -> sd.execute(s))
              .orElseGet(() -> refused("supervisord", c.supervisord, s.endpoint()));
      case RedisKillIdleClients k ->
          Connections.named(c.redis, k.instance())
              .map((Redis r) -> r.execute(k))
              .orElseGet(() -> refused("Redis", c.redis, k.instance()));
      case RedisCommand r ->
          Connections.named(c.redis, r.instance())
              .map((Redis redis) -> redis.execute(r))
              .orElseGet(() -> refused("Redis", c.redis, r.instance()));
      case DockerExec d ->
          c.docker.map(docker -> docker.execute(d)).orElseGet(LiveExecutor::noDocker);
      case DockerRestart d ->
          c.docker.map(docker -> docker.execute(d)).orElseGet(LiveExecutor::noDocker);
      case HttpRequest h -> c.http.execute(h, key);
      case RunCommand r -> c.commands.execute(r);
      case K8sRolloutRestart k -> noKubernetes();
      case K8sScale k -> noKubernetes();
      case K8sRolloutUndo k -> noKubernetes();
    };
  }

  private static ExecutionResult refused(
      String kind, java.util.Map<String, ?> all, Optional<String> name) {
    return new ExecutionResult.Failed(Connections.missing(kind, all, name), false);
  }

  private static ExecutionResult noDocker() {
    return new ExecutionResult.Failed("no docker is configured in nightshift.yaml", false);
  }

  private static ExecutionResult noKubernetes() {
    return new ExecutionResult.Failed(
        "Kubernetes actions are not supported by this build of Nightshift yet", false);
  }
}
