package dev.nightshift.core.remediation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Send one command to Redis ({@code CONFIG SET activedefrag yes}) as an argument array; its class
 * comes from the command.
 *
 * @param instance the Redis instance name when there are several
 */
public record RedisCommand(
    Target target,
    Optional<String> instance,
    List<String> command,
    ActionClass actionClass,
    Optional<String> purpose)
    implements Action {

  public RedisCommand {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(instance, "instance");
    command = Argv.require(command, "redis_command");
    Objects.requireNonNull(actionClass, "actionClass");
    Objects.requireNonNull(purpose, "purpose");
  }

  @Override
  public String type() {
    return "redis_command";
  }
}
