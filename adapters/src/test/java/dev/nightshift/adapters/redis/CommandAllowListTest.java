package dev.nightshift.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.measure.ParseResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandAllowListTest {

  @Test
  void allowsTuningParametersWithValuesOfTheRightShape() {
    assertThat(allowed("CONFIG", "SET", "maxclients", "500"))
        .isEqualTo(new AllowedCommand.ConfigSet("maxclients", "500"));
    assertThat(allowed("config", "set", "MAXMEMORY", "2gb"))
        .isEqualTo(new AllowedCommand.ConfigSet("maxmemory", "2gb"));
    assertThat(allowed("CONFIG", "SET", "maxmemory-policy", "allkeys-lru").text())
        .isEqualTo("CONFIG SET maxmemory-policy allkeys-lru");
    assertThat(allowed("CONFIG", "SET", "activedefrag", "yes")).isNotNull();
    assertThat(allowed("CONFIG", "SET", "active-defrag-threshold-lower", "10")).isNotNull();
    assertThat(allowed("CONFIG", "SET", "slowlog-log-slower-than", "-1")).isNotNull();
    assertThat(allowed("CONFIG", "SET", "lazyfree-lazy-user-del", "no")).isNotNull();
    assertThat(allowed("CONFIG", "SET", "timeout", "0")).isNotNull();
  }

  @Test
  void refusesParametersThatWriteFilesOrChangeAccess() {
    for (String parameter :
        List.of("dir", "dbfilename", "requirepass", "masterauth", "rename-command", "logfile")) {
      assertThat(refused("CONFIG", "SET", parameter, "x"))
          .startsWith("redis command CONFIG SET " + parameter + " is not allowed");
    }
  }

  @Test
  void refusesValuesOfTheWrongShape() {
    assertThat(refused("CONFIG", "SET", "maxclients", "0"))
        .isEqualTo("redis CONFIG SET maxclients: '0' is not a whole number ≥ 1");
    assertThat(refused("CONFIG", "SET", "maxmemory", "1tb")).contains("is not a size");
    assertThat(refused("CONFIG", "SET", "maxmemory-policy", "lru")).contains("eviction policy");
    assertThat(refused("CONFIG", "SET", "activedefrag", "true")).contains("yes or no");
    assertThat(refused("CONFIG", "SET", "active-defrag-cycle-max", "101")).contains("percentage");
    assertThat(refused("CONFIG", "SET", "maxclients", "10", "timeout", "5"))
        .isEqualTo("redis CONFIG SET takes exactly one parameter and one value");
  }

  @Test
  void allowsClientKillWithExplicitFiltersOnly() {
    assertThat(allowed("CLIENT", "KILL", "TYPE", "Normal", "SKIPME", "yes"))
        .isEqualTo(new AllowedCommand.ClientKill(Map.of("TYPE", "normal")));
    assertThat(allowed("client", "kill", "id", "42", "addr", "10.0.0.5:51000").text())
        .isEqualTo("CLIENT KILL ID 42 ADDR 10.0.0.5:51000");
    assertThat(refused("CLIENT", "KILL", "10.0.0.5:51000")).contains("name/value pairs");
    assertThat(refused("CLIENT", "KILL", "SKIPME", "yes")).contains("needs a filter");
    assertThat(refused("CLIENT", "KILL", "TYPE", "normal", "SKIPME", "no"))
        .contains("the agent's own connection is never killed");
    assertThat(refused("CLIENT", "KILL", "TYPE", "replica")).contains("normal or pubsub");
    assertThat(refused("CLIENT", "KILL", "MAXAGE", "300")).contains("filter MAXAGE is not allowed");
    assertThat(refused("CLIENT", "KILL", "ID", "1", "ID", "2")).contains("twice");
    assertThat(refused("CLIENT", "KILL", "ID", "1; FLUSHALL")).contains("client id");
  }

  @Test
  void allowsMemoryPurgeAndSlowlogResetWithoutArguments() {
    assertThat(allowed("MEMORY", "PURGE")).isEqualTo(new AllowedCommand.MemoryPurge());
    assertThat(allowed("slowlog", "reset")).isEqualTo(new AllowedCommand.SlowlogReset());
    assertThat(refused("MEMORY", "PURGE", "now")).contains("takes no arguments");
  }

  @Test
  void refusesEverythingElseByName() {
    assertThat(refused("FLUSHALL"))
        .isEqualTo(
            "redis command FLUSHALL is not allowed (allowed: CONFIG SET, CLIENT KILL, MEMORY"
                + " PURGE, SLOWLOG RESET)");
    assertThat(refused("CONFIG", "GET", "dir")).startsWith("redis command CONFIG GET is not");
    assertThat(refused("DEBUG", "SLEEP", "10")).startsWith("redis command DEBUG is not allowed");
    assertThat(refused("EVAL\r\nFLUSHALL")).startsWith("redis command 'EVAL??FLUSHALL' is not");
    assertThat(refused()).isEqualTo("an empty redis command is not allowed");
  }

  private static AllowedCommand allowed(String... argv) {
    return CommandAllowList.check(List.of(argv)).orThrow();
  }

  private static String refused(String... argv) {
    return switch (CommandAllowList.check(List.of(argv))) {
      case ParseResult.Invalid<AllowedCommand> invalid -> invalid.message();
      case ParseResult.Valid<AllowedCommand> valid ->
          throw new AssertionError("allowed: " + valid.value());
    };
  }
}
