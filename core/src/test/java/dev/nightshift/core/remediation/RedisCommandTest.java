package dev.nightshift.core.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RedisCommandTest {

  private static final Target TARGET = Target.of(Optional.empty(), "redis", "cache");

  @Test
  void takesTheClassOfTheCommand() {
    RedisCommand command =
        new RedisCommand(
            TARGET,
            Optional.of("cache"),
            List.of("CONFIG", "SET", "maxclients", "400"),
            ActionClass.CONFIG_TWEAK,
            Optional.empty());

    assertThat(command.actionClass()).isEqualTo(ActionClass.CONFIG_TWEAK);
    assertThat(command.type()).isEqualTo("redis_command");
  }

  @Test
  void rejectsAnEmptyCommand() {
    assertThatThrownBy(() ->
            new RedisCommand(
                TARGET, Optional.empty(), List.of(), ActionClass.READ, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("redis_command needs a program");
  }
}
