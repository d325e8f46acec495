package dev.nightshift.app.platform;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Polling for the end-to-end test: waits until something the platform shows is there. */
final class Waits {

  private Waits() {}

  static <T> T until(String what, Duration timeout, Supplier<Optional<T>> probe) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<T> value = probe.get();
      if (value.isPresent()) {
        return value.get();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "timed out after " + timeout.toSeconds() + "s waiting for " + what);
      }
      pause(Duration.ofMillis(250));
    }
  }

  static void pause(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
