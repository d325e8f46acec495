package dev.nightshift.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.remediation.ActionClass;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandClassesTest {

  @Test
  void readsWhatARedisCliCommandDoes() {
    assertThat(CommandClasses.ofProgram(List.of("redis-cli", "CLIENT", "KILL", "AGE", "300")))
        .contains(ActionClass.KILL_CONNECTIONS);
    assertThat(
            CommandClasses.ofProgram(List.of("redis-cli", "config", "set", "activedefrag", "yes")))
        .contains(ActionClass.CONFIG_TWEAK);
    assertThat(
            CommandClasses.ofProgram(
                List.of("/usr/bin/redis-cli", "-h", "cache", "-p", "6380", "FLUSHALL")))
        .contains(ActionClass.DELETE_DATA);
    assertThat(
            CommandClasses.ofProgram(List.of("redis-cli", "--no-auth-warning", "INFO", "memory")))
        .contains(ActionClass.READ);
    assertThat(CommandClasses.ofProgram(List.of("redis-cli", "SHUTDOWN", "NOSAVE")))
        .contains(ActionClass.CLUSTER_OPS);
  }

  @Test
  void leavesUnknownRedisCommandsToADeclaredClass() {
    assertThat(CommandClasses.ofProgram(List.of("redis-cli", "CONFIG", "REWRITE"))).isEmpty();
    assertThat(CommandClasses.ofRedis(List.of("BGSAVE"))).isEmpty();
  }

  @Test
  void readsSupervisorctlCommands() {
    assertThat(CommandClasses.ofProgram(List.of("supervisorctl", "restart", "workers:writer")))
        .contains(ActionClass.RESTART_PROCESS);
    assertThat(CommandClasses.ofProgram(List.of("supervisorctl", "status")))
        .contains(ActionClass.READ);
    assertThat(CommandClasses.ofProgram(List.of("supervisorctl", "stop", "all"))).isEmpty();
  }

  @Test
  void knowsNothingOfOtherPrograms() {
    assertThat(CommandClasses.ofProgram(List.of("rm", "-rf", "/"))).isEmpty();
  }
}
