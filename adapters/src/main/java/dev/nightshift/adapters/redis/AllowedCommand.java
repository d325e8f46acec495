package dev.nightshift.adapters.redis;

import io.lettuce.core.KillArgs;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.StatusOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A Redis command that passed {@link CommandAllowList}: the only commands a fix can send, each one
 * with its arguments already checked.
 */
sealed interface AllowedCommand {

  /** The command as it reads in an execution result ({@code CONFIG SET maxclients 500}). */
  String text();

  /** Sends the command; what comes back is the result's detail ("OK", "killed 3 clients"). */
  String runOn(RedisCommands<String, String> redis);

  /** {@code CONFIG SET parameter value} for an allow-listed parameter and a validated value. */
  record ConfigSet(String parameter, String value) implements AllowedCommand {
    public ConfigSet {
      Objects.requireNonNull(parameter, "parameter");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String text() {
      return "CONFIG SET " + parameter + " " + value;
    }

    @Override
    public String runOn(RedisCommands<String, String> redis) {
      return redis.configSet(parameter, value);
    }
  }

  /**
   * {@code CLIENT KILL} with explicit filters ({@code ID}, {@code TYPE}, {@code ADDR}, {@code
   * LADDR}, {@code USER}); {@code SKIPME} stays yes so that the agent's connection survives.
   *
   * @param filters upper-case filter name to its checked value, in the order given
   */
  record ClientKill(Map<String, String> filters) implements AllowedCommand {
    public ClientKill {
      filters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filters));
      if (filters.isEmpty()) {
        throw new IllegalArgumentException("CLIENT KILL needs a filter");
      }
    }

    @Override
    public String text() {
      return filters.entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue())
          .collect(Collectors.joining(" ", "CLIENT KILL ", ""));
    }

    @Override
    public String runOn(RedisCommands<String, String> redis) {
      // KillArgs' type enum is private; the builder's typeNormal/typePubsub are the way in.
      KillArgs args =
          switch (filters.getOrDefault("TYPE", "")) {
            case "normal" -> KillArgs.Builder.typeNormal();
            case "pubsub" -> KillArgs.Builder.typePubsub();
            default -> new KillArgs();
          };
      args.skipme(true);
      filters.forEach((name, value) -> {
        switch (name) {
          case "ID" -> args.id(Long.parseLong(value));
          case "ADDR" -> args.addr(value);
          case "LADDR" -> args.laddr(value);
          case "USER" -> args.user(value);
          case "TYPE" -> {} // set above
          default -> throw new IllegalStateException("unchecked CLIENT KILL filter " + name);
        }
      });
      long killed = redis.clientKill(args);
      return "killed " + killed + (killed == 1 ? " client" : " clients");
    }
  }

  /** {@code MEMORY PURGE}: asks the allocator to return free pages to the system. */
  record MemoryPurge() implements AllowedCommand {
    @Override
    public String text() {
      return "MEMORY PURGE";
    }

    @Override
    public String runOn(RedisCommands<String, String> redis) {
      // Lettuce has no typed MEMORY PURGE; the arguments are fixed, never user text.
      return redis.dispatch(
          CommandType.MEMORY,
          new StatusOutput<>(StringCodec.UTF8),
          new CommandArgs<>(StringCodec.UTF8).add("PURGE"));
    }
  }

  /** {@code SLOWLOG RESET}. */
  record SlowlogReset() implements AllowedCommand {
    @Override
    public String text() {
      return "SLOWLOG RESET";
    }

    @Override
    public String runOn(RedisCommands<String, String> redis) {
      return redis.slowlogReset();
    }
  }
}
