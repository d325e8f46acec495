package dev.nightshift.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.remediation.DockerExec;
import dev.nightshift.core.remediation.DockerRestart;
import dev.nightshift.core.remediation.Target;
import dev.nightshift.core.topology.NodeId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ClearRuleTest {

  private static final DockerExec CLIENT_KILL =
      new DockerExec(
          Target.of(Optional.of(new NodeId("redis_instance")), "container", "redis"),
          "redis",
          List.of("redis-cli", "CLIENT", "KILL", "AGE", "300"),
          ActionClass.KILL_CONNECTIONS,
          Optional.empty());

  private static ClearRule rule(String target, String... params) {
    Map<String, Pattern> patterns =
        params.length == 0 ? Map.of() : Map.of(params[0], Pattern.compile(params[1]));
    return new ClearRule("docker_exec", Optional.ofNullable(target), patterns);
  }

  @Test
  void matchesTheIssuesExample() {
    assertThat(rule("redis", "command", "redis-cli CLIENT KILL.*").matches(CLIENT_KILL)).isTrue();
  }

  @Test
  void aTargetIsANodeAResourceNameOrAWholeResource() {
    assertThat(rule("redis_instance").matches(CLIENT_KILL)).isTrue();
    assertThat(rule("redis").matches(CLIENT_KILL)).isTrue();
    assertThat(rule("container/redis").matches(CLIENT_KILL)).isTrue();
    assertThat(rule(null).matches(CLIENT_KILL)).isTrue();
    assertThat(rule("kafka_to_redis_consumer").matches(CLIENT_KILL)).isFalse();
  }

  @Test
  void aParameterRegexMustMatchTheWholeValue() {
    assertThat(rule("redis", "command", "CLIENT KILL").matches(CLIENT_KILL)).isFalse();
    assertThat(rule("redis", "command", ".*CLIENT KILL.*").matches(CLIENT_KILL)).isTrue();
    assertThat(rule("redis", "container", "red.*").matches(CLIENT_KILL)).isTrue();
  }

  @Test
  void anotherActionTypeNeverMatches() {
    DockerRestart restart =
        new DockerRestart(
            Target.of(Optional.empty(), "container", "redis"), "redis", Optional.empty());

    assertThat(rule("redis").matches(restart)).isFalse();
  }

  @Test
  void rejectsActionsAndParametersOutsideTheCatalog() {
    assertThatThrownBy(() -> new ClearRule("wait", Optional.empty(), Map.of()))
        .hasMessage("no action 'wait' in the catalog");
    assertThatThrownBy(() ->
            new ClearRule("docker_exec", Optional.empty(), Map.of("argv", Pattern.compile(""))))
        .hasMessageStartingWith("docker_exec has the parameters [container, command]");
  }
}
