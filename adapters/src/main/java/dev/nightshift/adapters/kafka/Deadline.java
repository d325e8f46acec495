package dev.nightshift.adapters.kafka;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.AbstractOptions;
import org.apache.kafka.common.KafkaFuture;

/**
 * One check's time budget: each AdminClient call it makes gets only what is left, so a check of
 * several calls is bounded as a whole, not call by call.
 */
final class Deadline {

  private final long endNanos;

  private Deadline(long endNanos) {
    this.endNanos = endNanos;
  }

  static Deadline after(Duration budget) {
    return new Deadline(System.nanoTime() + budget.toNanos());
  }

  /** The options with the AdminClient's own timeout set to what is left. */
  <O extends AbstractOptions<O>> O bound(O options) throws TimeoutException {
    return options.timeoutMs(remainingMillis());
  }

  <T> T await(KafkaFuture<T> future)
      throws ExecutionException, InterruptedException, TimeoutException {
    return future.get(remainingMillis(), TimeUnit.MILLISECONDS);
  }

  private int remainingMillis() throws TimeoutException {
    long left = TimeUnit.NANOSECONDS.toMillis(endNanos - System.nanoTime());
    if (left <= 0) {
      throw new TimeoutException("the check's time budget is spent");
    }
    return (int) Math.min(left, Integer.MAX_VALUE);
  }
}
