package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.remediation.DockerExec;
import dev.nightshift.core.remediation.DockerRestart;
import dev.nightshift.core.remediation.RedisCommand;
import dev.nightshift.core.remediation.RedisKillIdleClients;
import dev.nightshift.core.remediation.RunCommand;
import dev.nightshift.core.remediation.Step;
import dev.nightshift.core.remediation.SupervisorRestart;
import dev.nightshift.core.remediation.Target;
import dev.nightshift.core.topology.Coordinates;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Reads the process, container, Redis and command actions of the catalog; {@link
 * ServiceActionReader} reads Kubernetes and HTTP ones. Every action resolves its target and class
 * here, so that the policy later sees complete, checked records.
 */
final class ActionReader {

  private final Endpoints endpoints;
  private final StepTargets targets;
  private final ActionClassReader classes;
  private final ProgramUses programs;

  ActionReader(
      Endpoints endpoints, StepTargets targets, ActionClassReader classes, ProgramUses programs) {
    this.endpoints = endpoints;
    this.targets = targets;
    this.classes = classes;
    this.programs = programs;
  }

  Optional<Step> supervisorRestart(MapReader r, StepTargets.Named node, Optional<String> purpose) {
    Optional<String> process = r.text("process").or(() -> node.coordinates().supervisorName());
    Optional<String> named = r.text("supervisor").or(() -> node.coordinates().supervisor());
    Optional<String> endpoint = endpoints.supervisord(named, r.mapping(), r.problems());
    if (process.isEmpty()) {
      if (node.valid()) {
        r.problems()
            .error(
                r.source(),
                r.pathOf("process"),
                "supervisor_restart needs a process: set process (group:name) here, or node: with"
                    + " a supervisor_process");
      }
      return Optional.empty();
    }
    var target = targets.target(node, Coordinates::supervisorName, process, r);
    return Optional.of(
        new SupervisorRestart(
            Target.of(target, "process", process.get()), endpoint, process.get(), purpose));
  }

  Optional<Step> dockerExec(MapReader r, StepTargets.Named node, Optional<String> purpose) {
    Optional<String> container = container(r, node, "docker_exec");
    Optional<YamlNode> commandNode = r.required("command");
    Optional<List<String>> command = commandNode.flatMap(n -> CommandText.read(n, r.problems()));
    command.ifPresent(c -> programs.add(c.getFirst(), commandNode.get()));
    Optional<ActionClass> cls = classes.forCommand(r, command, CommandClasses::ofProgram, "");
    if (container.isEmpty() || cls.isEmpty()) {
      return Optional.empty();
    }
    var target = targets.target(node, Coordinates::container, container, r);
    return Optional.of(
        new DockerExec(
            Target.of(target, "container", container.get()),
            container.get(),
            command.get(),
            cls.get(),
            purpose));
  }

  Optional<Step> dockerRestart(MapReader r, StepTargets.Named node, Optional<String> purpose) {
    Optional<String> container = container(r, node, "docker_restart");
    var target = targets.target(node, Coordinates::container, container, r);
    return container.map(c -> new DockerRestart(Target.of(target, "container", c), c, purpose));
  }

  private Optional<String> container(MapReader r, StepTargets.Named node, String action) {
    Optional<String> container = r.text("container").or(() -> node.coordinates().container());
    if (container.isEmpty()) {
      if (node.valid()) {
        r.problems()
            .error(
                r.source(),
                r.pathOf("container"),
                action + " needs a container: set container here, or node: with a container");
      }
    } else {
      endpoints.docker(r.mapping(), r.problems());
    }
    return container;
  }

  Optional<Step> redisCommand(MapReader r, StepTargets.Named node, Optional<String> purpose) {
    Optional<String> instance = redisInstance(r, node);
    Optional<List<String>> command =
        r.required("command").flatMap(n -> CommandText.read(n, r.problems()));
    Optional<ActionClass> cls =
        classes.forCommand(r, command, CommandClasses::ofRedis, "Redis command ");
    if (cls.isEmpty()) {
      return Optional.empty();
    }
    var target = targets.target(node, Coordinates::redis, instance, r);
    return Optional.of(
        new RedisCommand(
            Target.of(target, "redis", instance.orElse("default")),
            instance,
            command.get(),
            cls.get(),
            purpose));
  }

  Optional<Step> redisKillIdleClients(
      MapReader r, StepTargets.Named node, Optional<String> purpose) {
    Optional<String> instance = redisInstance(r, node);
    Optional<Duration> idle = r.requiredPositiveDuration("idle");
    var target = targets.target(node, Coordinates::redis, instance, r);
    return idle.map(i ->
        new RedisKillIdleClients(
            Target.of(target, "redis", instance.orElse("default")), instance, i, purpose));
  }

  private Optional<String> redisInstance(MapReader r, StepTargets.Named node) {
    Optional<String> named = r.text("instance").or(() -> node.coordinates().redis());
    return endpoints.redis(named, r.mapping(), r.problems());
  }

  Optional<Step> command(MapReader r, StepTargets.Named node, Optional<String> purpose) {
    Optional<YamlNode> argvNode = r.required("argv");
    Optional<List<String>> argv = argvNode.flatMap(n -> CommandText.read(n, r.problems()));
    argv.ifPresent(a -> programs.add(a.getFirst(), argvNode.get()));
    Optional<ActionClass> cls = classes.forCommand(r, argv, CommandClasses::ofProgram, "");
    if (cls.isEmpty()) {
      return Optional.empty();
    }
    var target = node.entry().map(TreeIndex.Entry::id);
    return Optional.of(
        new RunCommand(
            Target.of(target, "command", argv.get().getFirst()), argv.get(), cls.get(), purpose));
  }
}
