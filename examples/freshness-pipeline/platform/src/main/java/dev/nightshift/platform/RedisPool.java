package dev.nightshift.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A bounded pool of Redis connections, each retired after a maximum lifetime like HikariCP's {@code
 * maxLifetime}, so the pool needs new connections all the time.
 *
 * <p>An expired connection is replaced make-before-break: the replacement is opened while the old
 * one still holds its slot, and only then is the old one closed. When Redis refuses the replacement
 * the old one is closed anyway, its lifetime being over, and the caller learns that the pool is
 * exhausted; the slot it freed goes to whoever asks Redis first.
 *
 * @param <C> the connection type
 */
final class RedisPool<C extends RedisPool.Pooled> implements AutoCloseable {

  /** A connection the pool can age and close. */
  interface Pooled extends AutoCloseable {
    java.time.Instant openedAt();

    @Override
    void close();
  }

  /** Opens a new connection. */
  interface Connector<C> {
    C open() throws RedisException;
  }

  private final Connector<C> connector;
  private final int maxSize;
  private final Duration maxLifetime;
  private final Duration borrowTimeout;
  private final Clock clock;
  private final Semaphore leases;
  private final Deque<C> idle = new ArrayDeque<>();
  private int open;

  RedisPool(
      Connector<C> connector,
      int maxSize,
      Duration maxLifetime,
      Duration borrowTimeout,
      Clock clock) {
    if (maxSize < 1) {
      throw new IllegalArgumentException("pool size must be at least 1, was " + maxSize);
    }
    this.connector = connector;
    this.maxSize = maxSize;
    this.maxLifetime = maxLifetime;
    this.borrowTimeout = borrowTimeout;
    this.clock = clock;
    this.leases = new Semaphore(maxSize, true);
  }

  /**
   * Lends a live connection, opening one when none is idle or the idle one is too old.
   *
   * @throws RedisException of kind {@code POOL_EXHAUSTED} when every connection is lent for longer
   *     than the borrow timeout, or Redis refuses a new one (the message is Redis's reason)
   */
  C borrow() throws RedisException {
    acquireLease();
    try {
      C reusable = takeIdle();
      if (reusable != null && !expired(reusable)) {
        return reusable;
      }
      return replace(reusable);
    } catch (RedisException | RuntimeException e) {
      leases.release();
      throw e;
    }
  }

  /** Takes back a connection; a broken one is closed instead of lent again. */
  void release(C connection, boolean broken) {
    if (broken) {
      discard(connection);
    } else {
      synchronized (this) {
        idle.push(connection);
      }
    }
    leases.release();
  }

  /** Connections open now, lent or idle. */
  synchronized int size() {
    return open;
  }

  @Override
  public void close() {
    synchronized (this) {
      idle.forEach(Pooled::close);
      open -= idle.size();
      idle.clear();
    }
  }

  private C replace(@Nullable C old) throws RedisException {
    synchronized (this) {
      // Make-before-break only within the bound; at the bound the old one must go first.
      if (old != null && open >= maxSize) {
        discard(old);
        old = null;
      }
      open++;
    }
    try {
      C fresh = connector.open();
      if (old != null) {
        discard(old);
      }
      return fresh;
    } catch (RedisException | RuntimeException e) {
      synchronized (this) {
        open--;
      }
      if (old != null) {
        discard(old);
      }
      throw e;
    }
  }

  private void acquireLease() throws RedisException {
    try {
      if (!leases.tryAcquire(borrowTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new RedisException(
            RedisException.Kind.POOL_EXHAUSTED,
            "all " + maxSize + " connections in use for " + borrowTimeout.toMillis() + " ms");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RedisException(RedisException.Kind.POOL_EXHAUSTED, "interrupted", e);
    }
  }

  private synchronized @Nullable C takeIdle() {
    return idle.poll();
  }

  private boolean expired(C connection) {
    return !clock.instant().isBefore(connection.openedAt().plus(maxLifetime));
  }

  private void discard(C connection) {
    connection.close();
    synchronized (this) {
      open--;
    }
  }
}
