package dev.nightshift.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.notify.Deliveries;
import dev.nightshift.core.notify.Delivery;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.sim.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DrainTest {

  private static final Instant START = Instant.parse("2026-11-21T09:00:00Z");

  private final VirtualClock clock = new VirtualClock(START);
  private final Deliveries deliveries = MemoryStores.create().deliveries();
  private final Map<String, Integer> failuresLeft = new HashMap<>();
  private Duration waited = Duration.ZERO;
  private int perRound = Integer.MAX_VALUE;

  /** A fake worker: each due delivery fails while it has failures left (retried after 5 s). */
  private void sendDue() {
    int sent = 0;
    for (Delivery d : deliveries.due(clock.instant(), 100)) {
      if (sent++ >= perRound) {
        return;
      }
      int left = failuresLeft.getOrDefault(d.channel(), 0);
      if (left > 0) {
        failuresLeft.put(d.channel(), left - 1);
        deliveries.retry(d.id(), "503 from " + d.channel(), clock.instant().plusSeconds(5));
      } else {
        deliveries.delivered(d.id(), clock.instant(), Optional.empty());
      }
    }
  }

  private Drain drain() {
    return new Drain(deliveries, this::sendDue, clock);
  }

  private void pause(Duration wait) {
    waited = waited.plus(wait);
    clock.advance(wait);
  }

  private void enqueue(String channel, long incident) {
    deliveries.enqueue(channel, new IncidentId(incident), "resolved", "", clock.instant());
  }

  @Test
  void sendsWhatIsDueAndWaitsForRetriesThatFallDueInTime() throws InterruptedException {
    enqueue("slack", 1);
    enqueue("webhook", 1);
    failuresLeft.put("webhook", 2);

    int left = drain().run(Duration.ofSeconds(30), this::pause);

    assertThat(left).isZero();
    assertThat(deliveries.list(Optional.empty(), 10))
        .allSatisfy(d -> assertThat(d.state()).isEqualTo(Delivery.State.DELIVERED));
    assertThat(deliveries.list(Optional.empty(), 10))
        .filteredOn(d -> d.channel().equals("webhook"))
        .singleElement()
        .satisfies(d -> assertThat(d.attempts()).isEqualTo(3));
    assertThat(waited).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void stopsAtTheBoundAndAnswersHowManyAreStillPending() throws InterruptedException {
    enqueue("slack", 1);
    enqueue("webhook", 1);
    enqueue("webhook", 2);
    failuresLeft.put("webhook", 100);

    int left = drain().run(Duration.ofSeconds(12), this::pause);

    assertThat(left).isEqualTo(2);
    assertThat(drain().pending()).isEqualTo(2);
    assertThat(waited).isLessThanOrEqualTo(Duration.ofSeconds(12));
    assertThat(deliveries.list(Optional.of(Delivery.State.DELIVERED), 10))
        .extracting(Delivery::channel)
        .containsExactly("slack");
  }

  @Test
  void waitsAStepWhenSomethingDueWasNotSentThisRound() throws InterruptedException {
    enqueue("telegram", 1);
    enqueue("telegram", 2);
    enqueue("telegram", 3);
    perRound = 1;

    int left = drain().run(Duration.ofSeconds(30), this::pause);

    assertThat(left).isZero();
    assertThat(waited).isEqualTo(Drain.STEP.multipliedBy(2));
  }

  @Test
  void returnsAtOnceWhenNothingIsPending() throws InterruptedException {
    int left = drain().run(Duration.ofSeconds(30), this::pause);

    assertThat(left).isZero();
    assertThat(waited).isZero();
  }
}
