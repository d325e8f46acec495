package dev.nightshift.platform;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Chaos: the "too many clients holding Redis connections" of the seed's ke-001. Opens plain
 * connections to Redis, each made a real client by one {@code PING}, until Redis answers {@code ERR
 * max number of clients reached}; keeps trying every {@code --interval-ms} so it also takes every
 * slot another client frees (the consumer's pool recycles its connections), until the grab window
 * ends or Redis kills one of its connections (a clean-up has begun, and a leak does not fight it),
 * then holds them idle. A connection Redis kills is never reopened; when the last one is gone it
 * exits.
 *
 * <p>Usage: {@code RedisClientHog --port N [--grab-seconds 120] [--interval-ms 50] [--max 10000]}.
 */
public final class RedisClientHog {

  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private static final byte[] PING = Resp.command(List.of("PING"));

  private final InetSocketAddress redis;
  private final int max;
  private final AtomicInteger held = new AtomicInteger();
  private final AtomicBoolean grabbing = new AtomicBoolean(true);
  private final CountDownLatch allGone = new CountDownLatch(1);
  private volatile String lastRefusal = "";

  private RedisClientHog(InetSocketAddress redis, int max) {
    this.redis = redis;
    this.max = max;
  }

  /** Grabs, holds, and exits once Redis has killed every connection it holds. */
  public static void main(String[] argv) throws InterruptedException {
    Log.onUncaughtException();
    Args args = Args.parse(argv, Set.of("port", "grab-seconds", "interval-ms", "max"));
    RedisClientHog hog =
        new RedisClientHog(
            new InetSocketAddress("127.0.0.1", args.port("port")),
            args.number("max", 10_000, 1, 100_000));
    int grabSeconds = args.number("grab-seconds", 120, 0, 86_400);
    Duration interval = args.millis("interval-ms", 50);
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    Log.info("grabbing Redis connections at " + hog.redis + " for " + grabSeconds + "s");
    var grab =
        timer.scheduleWithFixedDelay(hog::grab, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    timer.schedule(
        () -> {
          grab.cancel(false);
          hog.grabbing.set(false);
          Log.info(
              "grab window over; holding "
                  + hog.held.get()
                  + " idle Redis connections (last refusal: "
                  + hog.lastRefusal
                  + ")");
          hog.exitIfAllGone();
        },
        grabSeconds,
        TimeUnit.SECONDS);
    hog.allGone.await();
    timer.shutdownNow();
    Log.info("all Redis connections are gone; exiting");
  }

  // Opens connections until Redis refuses one; logs only when the count changed.
  private void grab() {
    if (!grabbing.get()) {
      return;
    }
    int before = held.get();
    while (held.get() < max && grabOne()) {
      // keep going: Redis still accepts clients
    }
    if (held.get() != before) {
      Log.info("holding " + held.get() + " Redis connections (" + lastRefusal + ")");
    }
  }

  private boolean grabOne() {
    Socket socket = new Socket();
    try {
      socket.connect(redis, (int) TIMEOUT.toMillis());
      socket.setSoTimeout((int) TIMEOUT.toMillis());
      socket.getOutputStream().write(PING);
      Resp.Reply reply = Resp.read(socket.getInputStream());
      if (reply.error()) {
        lastRefusal = "Redis said: " + reply.text();
        socket.close();
        return false;
      }
      socket.setSoTimeout(0);
      held.incrementAndGet();
      Thread.ofVirtual().name("hog-connection").start(() -> hold(socket));
      return true;
    } catch (IOException e) {
      lastRefusal = "Redis refused: " + RedisConnection.describe(e);
      closeQuietly(socket);
      return false;
    }
  }

  // Blocks on a read that only returns when Redis closes the connection (CLIENT KILL, shutdown).
  private void hold(Socket socket) {
    try (socket;
        InputStream in = socket.getInputStream()) {
      while (in.read() >= 0) {
        // Redis sends nothing unprompted on an idle RESP2 connection; ignore anything that comes.
      }
    } catch (IOException e) {
      // Killed or reset: either way the connection is gone.
    }
    int left = held.decrementAndGet();
    // Someone is killing clients: a leak does not fight the clean-up, it only stops growing.
    if (grabbing.getAndSet(false)) {
      Log.info("a held connection was killed; no longer grabbing freed slots");
    }
    Log.info("a Redis connection was closed by Redis; holding " + left);
    exitIfAllGone();
  }

  private void exitIfAllGone() {
    if (!grabbing.get() && held.get() == 0) {
      allGone.countDown();
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Already refused; nothing to clean up.
    }
  }
}
