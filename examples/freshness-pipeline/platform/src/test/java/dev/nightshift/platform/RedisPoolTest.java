package dev.nightshift.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedisPoolTest {

  private static final Duration LIFETIME = Duration.ofSeconds(5);

  private final ManualClock clock = new ManualClock();
  private final List<FakeConnection> opened = new ArrayList<>();
  private final Deque<String> refusals = new ArrayDeque<>();
  private final List<Integer> openConnectionsSeenWhileOpening = new ArrayList<>();
  private RedisPool<FakeConnection> pool = pool(4);

  @Test
  void lendsTheSameConnectionAgainWhileItIsYoung() throws RedisException {
    FakeConnection first = pool.borrow();
    pool.release(first, false);
    clock.advance(Duration.ofSeconds(4));

    assertThat(pool.borrow()).isSameAs(first);
    assertThat(opened).hasSize(1);
  }

  @Test
  void replacesAConnectionAtItsMaxLifetimeOpeningTheNewOneFirst() throws RedisException {
    FakeConnection first = pool.borrow();
    pool.release(first, false);
    clock.advance(LIFETIME);

    FakeConnection second = pool.borrow();

    assertThat(second).isNotSameAs(first);
    assertThat(first.closed).isTrue();
    assertThat(openConnectionsSeenWhileOpening).containsExactly(1, 2);
    assertThat(pool.size()).isEqualTo(1);
  }

  @Test
  void reportsRedisRefusalAsPoolExhaustedAndStillRetiresTheExpiredConnection() throws Exception {
    FakeConnection first = pool.borrow();
    pool.release(first, false);
    clock.advance(LIFETIME);
    refusals.add("ERR max number of clients reached");

    assertThatThrownBy(pool::borrow)
        .isInstanceOfSatisfying(
            RedisException.class,
            e -> assertThat(e.kind()).isEqualTo(RedisException.Kind.POOL_EXHAUSTED))
        .hasMessage("ERR max number of clients reached");
    assertThat(first.closed).isTrue();
    assertThat(pool.size()).isZero();
  }

  @Test
  void refusesAConnectionBeyondItsBoundAfterTheBorrowTimeout() throws RedisException {
    pool = pool(2);
    pool.borrow();
    pool.borrow();

    assertThatThrownBy(pool::borrow)
        .isInstanceOf(RedisException.class)
        .hasMessage("all 2 connections in use for 10 ms");
    assertThat(opened).hasSize(2);
  }

  @Test
  void closesABrokenConnectionInsteadOfLendingItAgain() throws RedisException {
    FakeConnection first = pool.borrow();
    pool.release(first, true);

    assertThat(first.closed).isTrue();
    assertThat(pool.borrow()).isNotSameAs(first);
    assertThat(pool.size()).isEqualTo(1);
  }

  @Test
  void replacesBreakBeforeMakeWhenTheBoundLeavesNoRoom() throws RedisException {
    pool = pool(1);
    FakeConnection first = pool.borrow();
    pool.release(first, false);
    clock.advance(LIFETIME);

    pool.borrow();

    assertThat(openConnectionsSeenWhileOpening).containsExactly(1, 1);
  }

  private RedisPool<FakeConnection> pool(int size) {
    return new RedisPool<>(this::open, size, LIFETIME, Duration.ofMillis(10), clock);
  }

  private FakeConnection open() throws RedisException {
    openConnectionsSeenWhileOpening.add(pool.size());
    String refusal = refusals.poll();
    if (refusal != null) {
      throw new RedisException(RedisException.Kind.POOL_EXHAUSTED, refusal);
    }
    FakeConnection connection = new FakeConnection(clock.instant());
    opened.add(connection);
    return connection;
  }

  private static final class FakeConnection implements RedisPool.Pooled {
    private final Instant openedAt;
    private boolean closed;

    FakeConnection(Instant openedAt) {
      this.openedAt = openedAt;
    }

    @Override
    public Instant openedAt() {
      return openedAt;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private static final class ManualClock extends Clock {
    private Instant now = Instant.parse("2026-01-15T09:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
