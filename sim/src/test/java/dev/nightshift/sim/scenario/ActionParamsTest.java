package dev.nightshift.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.remediation.Action;
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
import dev.nightshift.core.remediation.SupervisorRestart;
import dev.nightshift.core.remediation.Target;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActionParamsTest {

  private static final Target TARGET = new Target(Optional.empty(), "thing/x");

  @Test
  void givesEveryActionOfTheCatalogItsNamedParameters() {
    List<Action> catalog =
        List.of(
            new SupervisorRestart(TARGET, Optional.of("primary"), "g:p", Optional.empty()),
            new DockerExec(
                TARGET, "redis", List.of("redis-cli", "PING"), ActionClass.READ, Optional.empty()),
            new DockerRestart(TARGET, "redis", Optional.empty()),
            new RedisCommand(
                TARGET,
                Optional.empty(),
                List.of("CONFIG", "SET"),
                ActionClass.CONFIG_TWEAK,
                Optional.empty()),
            new RedisKillIdleClients(
                TARGET, Optional.of("cache"), Duration.ofMinutes(5), Optional.empty()),
            new K8sRolloutRestart(TARGET, "ns", "api", Optional.empty()),
            new K8sScale(TARGET, "ns", "api", 3, Optional.empty()),
            new K8sRolloutUndo(TARGET, "ns", "api", OptionalInt.of(7), Optional.empty()),
            new HttpRequest(
                TARGET,
                "POST",
                URI.create("https://ci/rollback"),
                Map.of(),
                Optional.empty(),
                Set.of(),
                ActionClass.ROLLBACK,
                Optional.empty()),
            new RunCommand(
                TARGET,
                List.of("systemctl", "restart", "x"),
                ActionClass.RESTART_PROCESS,
                Optional.empty()));

    assertThat(catalog.stream().map(ActionParams::of).toList())
        .containsExactly(
            Map.of("process", "g:p", "supervisor", "primary", "endpoint", "primary"),
            Map.of("container", "redis", "command", "redis-cli PING"),
            Map.of("container", "redis"),
            Map.of("instance", "", "command", "CONFIG SET"),
            Map.of("instance", "cache", "idle", "5m"),
            Map.of("namespace", "ns", "deployment", "api"),
            Map.of("namespace", "ns", "deployment", "api", "replicas", "3"),
            Map.of("namespace", "ns", "deployment", "api", "to_revision", "7"),
            Map.of(
                "http_method", "POST", "method", "POST", "url", "https://ci/rollback", "body", ""),
            Map.of("argv", "systemctl restart x"));
    assertThat(catalog.stream().map(Action::type).toList())
        .containsExactlyElementsOf(ActionParams.types());
    catalog.forEach(a ->
        assertThat(ActionParams.of(a).keySet())
            .containsExactlyElementsOf(ActionParams.NAMES.get(a.type())));
  }
}
