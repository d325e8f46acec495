package dev.nightshift.core.notify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * A channel that answers what the test scripts (sent, by default) and remembers every send; it can
 * also hang until released, like a channel whose server never answers.
 */
public final class FakeChannel implements Channel {

  /** One call to {@link #send}. */
  public record Send(String kind, long incident, Optional<String> reference, String title) {}

  private final String name;
  private final Deque<SendResult> script = new ArrayDeque<>();
  private final List<Send> sends = new ArrayList<>();
  private volatile CountDownLatch hang = new CountDownLatch(0);

  public FakeChannel(String name) {
    this.name = name;
  }

  /** The next sends answer these, in order; after them every send is sent without reference. */
  public synchronized FakeChannel answering(SendResult... results) {
    script.addAll(List.of(results));
    return this;
  }

  /** Every send blocks until {@link #release()}. */
  public FakeChannel hanging() {
    hang = new CountDownLatch(1);
    return this;
  }

  public void release() {
    hang.countDown();
  }

  /** Waits until at least {@code count} sends happened, or {@code timeout} passed. */
  public synchronized boolean awaitSends(int count, java.time.Duration timeout)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (sends.size() < count && System.nanoTime() < end) {
      wait(Math.max(1, (end - System.nanoTime()) / 1_000_000));
    }
    return sends.size() >= count;
  }

  public synchronized List<Send> sends() {
    return List.copyOf(sends);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public SendResult send(Notice notice, IncidentReport report, Optional<String> reference) {
    try {
      hang.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new SendResult.Failed("interrupted", true, Optional.empty());
    }
    synchronized (this) {
      sends.add(new Send(notice.kind(), notice.incident().id().value(), reference, report.title()));
      notifyAll();
      SendResult next = script.poll();
      return next == null ? new SendResult.Sent(Optional.empty()) : next;
    }
  }
}
