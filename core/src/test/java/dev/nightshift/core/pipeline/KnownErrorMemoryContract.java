package dev.nightshift.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.knowledge.KnownErrorMemory;
import dev.nightshift.core.knowledge.KnownErrorStats;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link KnownErrorMemory} does, run against the memory and the SQLite store. */
public abstract class KnownErrorMemoryContract extends StoreContract {

  private KnownErrorMemory memory() {
    return stores().knownErrors();
  }

  private static KnownErrorStats fresh(String id) {
    return new KnownErrorStats(
        new KnownErrorId(id), 0, Optional.empty(), Optional.empty(), 0, 0, 0, Duration.ZERO);
  }

  private static KnownErrorStats seasoned(String id) {
    return new KnownErrorStats(
        new KnownErrorId(id),
        14,
        Optional.of(at(-86_400)),
        Optional.of(at(0)),
        11,
        3,
        12,
        Duration.ofMinutes(95).plusNanos(123_456_789));
  }

  @Test
  void findsNothingForAnUnknownError() {
    memory().save(fresh("ke-001"));

    assertThat(memory().find(new KnownErrorId("ke-002"))).isEmpty();
  }

  @Test
  void roundTripsEveryField() {
    memory().save(fresh("ke-001"));
    memory().save(seasoned("ke-002"));

    assertThat(memory().find(new KnownErrorId("ke-001"))).contains(fresh("ke-001"));
    assertThat(memory().find(new KnownErrorId("ke-002"))).contains(seasoned("ke-002"));
  }

  @Test
  void aSaveReplacesTheStatisticsOfTheSameError() {
    memory().save(fresh("ke-001"));
    KnownErrorStats later = fresh("ke-001").occurred(at(5)).succeeded(Duration.ofSeconds(42));

    memory().save(later);

    assertThat(memory().find(later.id())).contains(later);
    assertThat(memory().all()).containsExactly(later);
  }

  @Test
  void listsAllInIdOrder() {
    memory().save(seasoned("ke-010"));
    memory().save(fresh("ke-002"));
    memory().save(fresh("KE-9"));

    assertThat(memory().all())
        .extracting(KnownErrorStats::id)
        .extracting(KnownErrorId::value)
        .containsExactly("KE-9", "ke-002", "ke-010");
  }

  @Test
  void keepsStatisticsAcrossARestart() {
    memory().save(seasoned("ke-001"));
    memory().save(fresh("ke-002"));

    Stores restarted = reopen();

    assertThat(restarted.knownErrors().all()).containsExactly(seasoned("ke-001"), fresh("ke-002"));
  }
}
