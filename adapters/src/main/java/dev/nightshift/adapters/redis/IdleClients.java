package dev.nightshift.adapters.redis;

import dev.nightshift.core.remediation.ExecutionResult;
import io.lettuce.core.KillArgs;
import java.time.Duration;
import java.util.List;

/**
 * Frees a Redis at {@code maxclients}: lists the clients and kills, one id at a time, the normal
 * ones idle for at least the given time. Redis 7.0 has no CLIENT KILL filter for idleness (MAXAGE
 * is connection age, and only from 7.4), hence the list. Our own connection, replica and master
 * links, subscribers, MONITORs and blocked clients are never killed.
 */
final class IdleClients {

  /** Our id and the list, taken on the same connection so that the id is in the list. */
  private record Snapshot(long ownId, String list) {}

  private IdleClients() {}

  static ExecutionResult kill(RedisLink link, Duration idle) {
    long seconds = wholeSecondsAtLeast(idle);
    Reply<Snapshot> listed =
        link.call("CLIENT LIST", c -> new Snapshot(c.clientId(), c.clientList()));
    return switch (listed) {
      case Reply.Failure<Snapshot> failure -> failure.failed();
      case Reply.Answered<Snapshot> snapshot -> kill(link, snapshot.value(), seconds);
    };
  }

  private static ExecutionResult kill(RedisLink link, Snapshot snapshot, long seconds) {
    List<ClientEntry> clients = ClientEntry.parseList(snapshot.list());
    if (clients.stream().noneMatch(c -> c.id() == snapshot.ownId())) {
      // Lettuce reconnected between CLIENT ID and CLIENT LIST: which client is ours is unknown.
      return new ExecutionResult.Failed(
          link.address() + ": the agent's connection changed while listing clients", true);
    }
    List<ClientEntry> victims =
        clients.stream()
            .filter(c -> c.id() != snapshot.ownId() && c.isNormal() && c.idleSeconds() >= seconds)
            .toList();
    long killed = 0;
    for (ClientEntry victim : victims) {
      Reply<Long> reply =
          link.call("CLIENT KILL ID", c -> c.clientKill(KillArgs.Builder.id(victim.id()).skipme()));
      switch (reply) {
        // A client that left by itself meanwhile answers 0: it is gone, which is what we wanted.
        case Reply.Answered<Long> count -> killed += count.value();
        case Reply.Failure<Long> failure -> {
          String done = summary(killed, clients.size(), seconds);
          return new ExecutionResult.Failed(
              done + ", then stopped: " + failure.reason(), failure.failed().retryable());
        }
      }
    }
    return new ExecutionResult.Succeeded(summary(killed, clients.size(), seconds));
  }

  private static String summary(long killed, int clients, long seconds) {
    return "killed %d of %d clients idle ≥ %ds".formatted(killed, clients, seconds);
  }

  /** Redis reports idle time in whole seconds, rounded down: 1.5 s needs idle ≥ 2. */
  static long wholeSecondsAtLeast(Duration idle) {
    long seconds = idle.getSeconds();
    return idle.getNano() > 0 ? seconds + 1 : seconds;
  }
}
