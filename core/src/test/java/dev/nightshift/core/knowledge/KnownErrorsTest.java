package dev.nightshift.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.remediation.Fix;
import dev.nightshift.core.remediation.FixType;
import dev.nightshift.core.remediation.Step;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.topology.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class KnownErrorsTest {

  static KnownError error(String id, String rootCause) {
    return new KnownError(
        new KnownErrorId(id),
        new Signature(new NodeId("redis"), Optional.empty(), Optional.empty()),
        rootCause,
        new Fix(
            FixType.ESCALATE, List.of(new Step.Escalate("call a human", false, Optional.empty()))),
        Severity.HIGH,
        History.NONE);
  }

  private final KnownErrors known = new KnownErrors(List.of(error("ke-001", "configured")));

  @Test
  void startsWithTheConfiguredOnes() {
    assertThat(known.all()).extracting(KnownError::id).containsExactly(new KnownErrorId("ke-001"));
    assertThat(known.isConfigured(new KnownErrorId("ke-001"))).isTrue();
    assertThat(known.isConfigured(new KnownErrorId("learned-1"))).isFalse();
  }

  @Test
  void activatesALearnedOneAfterTheConfiguredOnes() {
    assertThat(known.activate(error("learned-1", "learned"))).isTrue();

    assertThat(known.all())
        .extracting(KnownError::id)
        .containsExactly(new KnownErrorId("ke-001"), new KnownErrorId("learned-1"));
    assertThat(known.require(new KnownErrorId("learned-1")).rootCause()).isEqualTo("learned");
  }

  @Test
  void replacesALearnedOneInItsPlaceWhenItIsActivatedAgain() {
    known.activate(error("learned-1", "first"));
    known.activate(error("learned-2", "other"));

    assertThat(known.activate(error("learned-1", "edited"))).isTrue();

    assertThat(known.all())
        .extracting(KnownError::rootCause)
        .containsExactly("configured", "edited", "other");
  }

  @Test
  void refusesToReplaceAConfiguredOne() {
    assertThat(known.activate(error("ke-001", "learned over it"))).isFalse();

    assertThat(known.all()).extracting(KnownError::rootCause).containsExactly("configured");
  }

  @Test
  void requireNamesTheMissingId() {
    assertThat(known.find(new KnownErrorId("nope"))).isEmpty();
    assertThatThrownBy(() -> known.require(new KnownErrorId("nope"))).hasMessageContaining("nope");
  }

  @Test
  void readersSeeAConsistentListWhileLearnedOnesAreActivated() throws Exception {
    int writers = 4;
    int each = 200;
    ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        futures.add(
            pool.submit(() -> {
              start.await();
              for (int i = 0; i < each; i++) {
                known.activate(error("learned-" + (i % 50), "w" + writer + "-" + i));
              }
              return null;
            }));
      }
      for (int r = 0; r < 2; r++) {
        futures.add(
            pool.submit(() -> {
              start.await();
              for (int i = 0; i < 2_000; i++) {
                List<KnownError> all = known.all();
                assertThat(all.getFirst().id()).isEqualTo(new KnownErrorId("ke-001"));
                assertThat(all.stream().map(KnownError::id).distinct().count())
                    .isEqualTo(all.size());
              }
              return null;
            }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(known.all()).hasSize(51);
  }
}
