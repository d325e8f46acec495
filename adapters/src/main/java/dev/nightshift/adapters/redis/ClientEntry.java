package dev.nightshift.adapters.redis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One line of {@code CLIENT LIST} ({@code id=7 addr=... name= age=9 idle=9 flags=N ... cmd=ping}),
 * with what deciding a kill needs.
 *
 * @param flags the single-letter flags ({@code N} for none, {@code S} replica, {@code P} pubsub)
 * @param subscriptions channels and patterns subscribed to (sub + psub + ssub)
 */
record ClientEntry(
    long id,
    String addr,
    String name,
    long idleSeconds,
    String flags,
    int subscriptions,
    String cmd) {

  /** Flags of clients that are not a pool's idle connection and must not be killed as such. */
  private static final String PROTECTED_FLAGS = "SMPOb";

  ClientEntry {
    Objects.requireNonNull(addr, "addr");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(flags, "flags");
    Objects.requireNonNull(cmd, "cmd");
  }

  /** The entries of a {@code CLIENT LIST} reply; a line missing id, idle or flags is left out. */
  static List<ClientEntry> parseList(String reply) {
    List<ClientEntry> entries = new ArrayList<>();
    for (String line : reply.split("\r?\n")) {
      parseLine(line).ifPresent(entries::add);
    }
    return entries;
  }

  static Optional<ClientEntry> parseLine(String line) {
    Map<String, String> fields = new HashMap<>();
    for (String token : line.strip().split(" +")) {
      int eq = token.indexOf('=');
      if (eq > 0) {
        fields.putIfAbsent(token.substring(0, eq), token.substring(eq + 1));
      }
    }
    Optional<Long> id = whole(fields.get("id"));
    Optional<Long> idle = whole(fields.get("idle"));
    String flags = fields.get("flags");
    if (id.isEmpty() || idle.isEmpty() || flags == null || flags.isEmpty()) {
      return Optional.empty();
    }
    int subscriptions =
        (int) (count(fields, "sub") + count(fields, "psub") + count(fields, "ssub"));
    return Optional.of(
        new ClientEntry(
            id.get(),
            fields.getOrDefault("addr", ""),
            fields.getOrDefault("name", ""),
            idle.get(),
            flags,
            subscriptions,
            fields.getOrDefault("cmd", "")));
  }

  /**
   * A plain client of an application's pool: not a replica or master link, not subscribed, not a
   * MONITOR, and not blocked (a consumer waiting in BLPOP looks idle while it waits for work).
   */
  boolean isNormal() {
    return subscriptions == 0 && flags.chars().noneMatch(c -> PROTECTED_FLAGS.indexOf(c) >= 0);
  }

  private static long count(Map<String, String> fields, String key) {
    return whole(fields.get(key)).orElse(0L);
  }

  private static Optional<Long> whole(@Nullable String value) {
    if (value == null || !value.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(value));
  }
}
