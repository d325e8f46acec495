package dev.nightshift.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.remediation.DockerExec;
import dev.nightshift.core.remediation.DockerRestart;
import dev.nightshift.core.remediation.HttpRequest;
import dev.nightshift.core.remediation.K8sRolloutRestart;
import dev.nightshift.core.remediation.K8sRolloutUndo;
import dev.nightshift.core.remediation.K8sScale;
import dev.nightshift.core.remediation.RedisCommand;
import dev.nightshift.core.remediation.RedisKillIdleClients;
import dev.nightshift.core.remediation.RunCommand;
import dev.nightshift.core.remediation.Step;
import dev.nightshift.core.remediation.SupervisorRestart;
import dev.nightshift.core.remediation.Target;
import dev.nightshift.core.topology.NodeId;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every step of the catalog reads into its record, with its target resolved from the node it names
 * or the one whose coordinates match.
 */
class StepReaderTest {

  @TempDir Path tmp;

  @Test
  void readsEveryStepOfTheCatalog() {
    List<Step> steps = steps(tmp);
    Optional<NodeId> writer = Optional.of(new NodeId("writer"));
    Optional<NodeId> cache = Optional.of(new NodeId("cache"));
    Optional<NodeId> api = Optional.of(new NodeId("api"));
    Optional<String> none = Optional.empty();
    assertThat(steps)
        .containsExactly(
            new SupervisorRestart(
                Target.of(writer, "process", "workers:writer"),
                Optional.of("main"),
                "workers:writer",
                none),
            new SupervisorRestart(
                Target.of(writer, "process", "workers:writer"),
                Optional.of("main"),
                "workers:writer",
                none),
            new DockerExec(
                Target.of(cache, "container", "cache"),
                "cache",
                List.of("redis-cli", "CONFIG", "SET", "activedefrag", "yes"),
                ActionClass.CONFIG_TWEAK,
                Optional.of("defragment")),
            new DockerRestart(Target.of(writer, "container", "app"), "app", none),
            new RedisCommand(
                Target.of(cache, "redis", "cache"),
                Optional.of("cache"),
                List.of("CLIENT", "KILL", "TYPE", "normal"),
                ActionClass.KILL_CONNECTIONS,
                none),
            new RedisKillIdleClients(
                Target.of(cache, "redis", "cache"),
                Optional.of("cache"),
                Duration.ofMinutes(5),
                none),
            new K8sRolloutRestart(Target.of(api, "deployment", "prod/api"), "prod", "api", none),
            new K8sScale(Target.of(api, "deployment", "prod/api"), "prod", "api", 4, none),
            new K8sRolloutUndo(
                Target.of(api, "deployment", "prod/api"), "prod", "api", OptionalInt.of(7), none),
            new HttpRequest(
                Target.of(Optional.empty(), "url", "ci.example.com"),
                "POST",
                URI.create("https://ci.example.com/api/deployments/api/rollback"),
                Map.of("Content-Type", "application/json"),
                Optional.of("{\"reason\": \"nightshift\"}"),
                Set.of(202),
                ActionClass.ROLLBACK,
                none),
            new RunCommand(
                Target.of(Optional.empty(), "command", "/usr/local/bin/rotate-logs"),
                List.of("/usr/local/bin/rotate-logs", "--service", "writer"),
                ActionClass.CONFIG_TWEAK,
                none),
            new Step.Wait(Duration.ofSeconds(30), none),
            new Step.Verify(
                dev.nightshift.core.telemetry.MetricCondition.parse("up{job=\"writer\"} == 1")
                    .orThrow(),
                Duration.ofMinutes(2),
                none),
            new Step.Escalate("writer still down", false, none));
  }

  private static List<Step> steps(Path tmp) {
    Path dir = ConfigFixtures.assemble(ConfigFixtures.ROOT.resolve("valid/all-actions"), tmp);
    LoadResult result = ConfigFixtures.load(dir);
    assertThat(ConfigFixtures.printed(result, dir)).isEmpty();
    return result.config().orElseThrow().knownErrors().getFirst().fix().steps();
  }
}
