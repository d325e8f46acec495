package dev.nightshift.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Writes entity updates to Redis through the pool: one hash per entity, and the newest ts. */
final class EntityWriter {

  /** The key holding the event time (epoch ms) of the newest update written. */
  static final String LAST_WRITE_KEY = "entity:last_write_ts";

  private final RedisPool<RedisConnection> pool;

  EntityWriter(RedisPool<RedisConnection> pool) {
    this.pool = pool;
  }

  /**
   * Writes {@code updates} in one pipeline: {@code HSET entity:<id> value .. ts ..} each, then
   * {@code SET entity:last_write_ts} to the newest event time among them.
   *
   * @return that newest event time
   * @throws RedisException when no connection could be had or Redis refused a write
   */
  long write(List<EntityUpdate> updates) throws RedisException {
    List<List<String>> commands = new ArrayList<>(updates.size() + 1);
    long newest = 0;
    for (EntityUpdate update : updates) {
      commands.add(
          List.of(
              "HSET",
              "entity:" + update.entity(),
              "value",
              Double.toString(update.value()),
              "ts",
              Long.toString(update.ts())));
      newest = Math.max(newest, update.ts());
    }
    commands.add(List.of("SET", LAST_WRITE_KEY, Long.toString(newest)));
    for (Resp.Reply reply : execute(commands)) {
      if (reply.error()) {
        throw RedisException.reply(reply.text());
      }
    }
    return newest;
  }

  /** The newest event time written before, by this process or an earlier one. */
  OptionalLong lastWrite() throws RedisException {
    Resp.Reply reply = execute(List.of(List.of("GET", LAST_WRITE_KEY))).get(0);
    if (reply.error()) {
      throw RedisException.reply(reply.text());
    }
    try {
      return reply.text().isEmpty()
          ? OptionalLong.empty()
          : OptionalLong.of(Long.parseLong(reply.text()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private List<Resp.Reply> execute(List<List<String>> commands) throws RedisException {
    RedisConnection connection = pool.borrow();
    boolean broken = true;
    try {
      List<Resp.Reply> replies = connection.execute(commands);
      broken = false;
      return replies;
    } catch (IOException e) {
      throw new RedisException(RedisException.Kind.IO, RedisConnection.describe(e), e);
    } finally {
      pool.release(connection, broken);
    }
  }
}
