package dev.nightshift.app.config;

import dev.nightshift.core.remediation.ActionClass;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells the action class of a command from what it does, for the programs whose commands can be
 * read ({@code redis-cli}, {@code supervisorctl}), so that a step cannot call {@code FLUSHALL} a
 * read. Other programs must declare their class.
 */
final class CommandClasses {

  /** redis-cli options that take a value; the Redis command starts after the options. */
  private static final Set<String> REDIS_CLI_VALUE_OPTIONS =
      Set.of(
          "-h",
          "-p",
          "-s",
          "-a",
          "-u",
          "-n",
          "-r",
          "-i",
          "-d",
          "--user",
          "--pass",
          "--cacert",
          "--cacertdir",
          "--cert",
          "--key",
          "--sni",
          "--tls-ciphers");

  private static final Map<String, ActionClass> REDIS =
      Map.ofEntries(
          Map.entry("PING", ActionClass.READ),
          Map.entry("INFO", ActionClass.READ),
          Map.entry("DBSIZE", ActionClass.READ),
          Map.entry("TIME", ActionClass.READ),
          Map.entry("ROLE", ActionClass.READ),
          Map.entry("CLIENT LIST", ActionClass.READ),
          Map.entry("CLIENT INFO", ActionClass.READ),
          Map.entry("CONFIG GET", ActionClass.READ),
          Map.entry("MEMORY STATS", ActionClass.READ),
          Map.entry("MEMORY DOCTOR", ActionClass.READ),
          Map.entry("SLOWLOG GET", ActionClass.READ),
          Map.entry("LATENCY LATEST", ActionClass.READ),
          Map.entry("CLIENT KILL", ActionClass.KILL_CONNECTIONS),
          Map.entry("CONFIG SET", ActionClass.CONFIG_TWEAK),
          Map.entry("CONFIG RESETSTAT", ActionClass.CONFIG_TWEAK),
          Map.entry("MEMORY PURGE", ActionClass.CONFIG_TWEAK),
          Map.entry("SLOWLOG RESET", ActionClass.CONFIG_TWEAK),
          Map.entry("LATENCY RESET", ActionClass.CONFIG_TWEAK),
          Map.entry("FLUSHALL", ActionClass.DELETE_DATA),
          Map.entry("FLUSHDB", ActionClass.DELETE_DATA),
          Map.entry("DEL", ActionClass.DELETE_DATA),
          Map.entry("UNLINK", ActionClass.DELETE_DATA),
          Map.entry("EXPIRE", ActionClass.DELETE_DATA),
          Map.entry("SWAPDB", ActionClass.DELETE_DATA),
          Map.entry("SCRIPT FLUSH", ActionClass.DELETE_DATA),
          Map.entry("FUNCTION FLUSH", ActionClass.DELETE_DATA),
          Map.entry("SHUTDOWN", ActionClass.CLUSTER_OPS),
          Map.entry("REPLICAOF", ActionClass.CLUSTER_OPS),
          Map.entry("SLAVEOF", ActionClass.CLUSTER_OPS),
          Map.entry("FAILOVER", ActionClass.CLUSTER_OPS),
          Map.entry("CLUSTER", ActionClass.CLUSTER_OPS),
          Map.entry("DEBUG", ActionClass.CLUSTER_OPS),
          Map.entry("MODULE", ActionClass.CLUSTER_OPS));

  private static final Map<String, ActionClass> SUPERVISORCTL =
      Map.of(
          "status", ActionClass.READ,
          "tail", ActionClass.READ,
          "pid", ActionClass.READ,
          "start", ActionClass.RESTART_PROCESS,
          "restart", ActionClass.RESTART_PROCESS);

  private CommandClasses() {}

  /** The class of a program's command line, when the program is one whose commands we read. */
  static Optional<ActionClass> ofProgram(List<String> argv) {
    String program = argv.getFirst().substring(argv.getFirst().lastIndexOf('/') + 1);
    return switch (program) {
      case "redis-cli" -> ofRedis(redisCommand(argv.subList(1, argv.size())));
      case "supervisorctl" -> supervisorctl(argv.subList(1, argv.size()));
      default -> Optional.empty();
    };
  }

  /** The class of a Redis command ({@code CONFIG SET maxclients 500}). */
  static Optional<ActionClass> ofRedis(List<String> command) {
    if (command.isEmpty()) {
      return Optional.of(ActionClass.READ); // redis-cli alone only connects
    }
    String first = command.getFirst().toUpperCase(Locale.ROOT);
    if (command.size() > 1) {
      ActionClass two = REDIS.get(first + " " + command.get(1).toUpperCase(Locale.ROOT));
      if (two != null) {
        return Optional.of(two);
      }
    }
    return Optional.ofNullable(REDIS.get(first));
  }

  private static List<String> redisCommand(List<String> args) {
    int i = 0;
    while (i < args.size() && args.get(i).startsWith("-")) {
      i += REDIS_CLI_VALUE_OPTIONS.contains(args.get(i)) ? 2 : 1;
    }
    return args.subList(Math.min(i, args.size()), args.size());
  }

  private static Optional<ActionClass> supervisorctl(List<String> args) {
    List<String> rest = args.stream().dropWhile(a -> a.startsWith("-")).toList();
    return rest.isEmpty()
        ? Optional.empty()
        : Optional.ofNullable(SUPERVISORCTL.get(rest.getFirst()));
  }
}
