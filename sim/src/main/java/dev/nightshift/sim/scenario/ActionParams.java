package dev.nightshift.sim.scenario;

import dev.nightshift.core.measure.Durations;
import dev.nightshift.core.remediation.Action;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters of each action of the catalog as texts, named as in a known error's fix step
 * ({@code container}, {@code command}), so that a scenario's {@code cleared_by} rule can match them
 * with regexes. Argument arrays are joined with single spaces; an absent optional value is {@code
 * ""}.
 */
public final class ActionParams {

  /** The parameter names of every action type of the catalog, in the catalog's order. */
  public static final Map<String, List<String>> NAMES = names();

  private ActionParams() {}

  private static Map<String, List<String>> names() {
    Map<String, List<String>> names = new LinkedHashMap<>();
    names.put("supervisor_restart", List.of("process", "supervisor", "endpoint"));
    names.put("docker_exec", List.of("container", "command"));
    names.put("docker_restart", List.of("container"));
    names.put("redis_command", List.of("instance", "command"));
    names.put("redis_kill_idle_clients", List.of("instance", "idle"));
    names.put("k8s_rollout_restart", List.of("namespace", "deployment"));
    names.put("k8s_scale", List.of("namespace", "deployment", "replicas"));
    names.put("k8s_rollout_undo", List.of("namespace", "deployment", "to_revision"));
    names.put("http_request", List.of("http_method", "method", "url", "body"));
    names.put("command", List.of("argv"));
    return java.util.Collections.unmodifiableMap(names);
  }

  /** The action types of the catalog ({@code docker_exec}, ...). */
  public static Set<String> types() {
    return NAMES.keySet();
  }

  /** The parameters of one action, by name. */
  public static Map<String, String> of(Action action) {
    return switch (action) {
      case SupervisorRestart a ->
          params(
              "process",
              a.process(),
              "supervisor",
              text(a.endpoint()),
              "endpoint",
              text(a.endpoint()));
      case DockerExec a -> params("container", a.container(), "command", join(a.command()));
      case DockerRestart a -> params("container", a.container());
      case RedisCommand a -> params("instance", text(a.instance()), "command", join(a.command()));
      case RedisKillIdleClients a ->
          params("instance", text(a.instance()), "idle", Durations.format(a.idle()));
      case K8sRolloutRestart a -> params("namespace", a.namespace(), "deployment", a.deployment());
      case K8sScale a ->
          params(
              "namespace",
              a.namespace(),
              "deployment",
              a.deployment(),
              "replicas",
              Integer.toString(a.replicas()));
      case K8sRolloutUndo a ->
          params(
              "namespace",
              a.namespace(),
              "deployment",
              a.deployment(),
              "to_revision",
              a.toRevision().isPresent() ? Integer.toString(a.toRevision().getAsInt()) : "");
      case HttpRequest a ->
          params(
              "http_method",
              a.method(),
              "method",
              a.method(),
              "url",
              a.url().toString(),
              "body",
              text(a.body()));
      case RunCommand a -> params("argv", join(a.argv()));
    };
  }

  private static Map<String, String> params(String... namesAndValues) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      out.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static String text(Optional<String> value) {
    return value.orElse("");
  }

  private static String join(List<String> argv) {
    return String.join(" ", argv);
  }
}
