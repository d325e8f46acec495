package dev.nightshift.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.app.config.ConfigLoader;
import dev.nightshift.core.diagnosis.Prober;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.topology.DependencyTree;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The API's node health is probed at most once per TTL, however often the UI asks. */
class CachedHealthTest {

  private final DependencyTree tree =
      new ConfigLoader(name -> Optional.empty())
          .load(Path.of("../examples/freshness-pipeline"))
          .config()
          .orElseThrow()
          .tree();

  /** A clock the test moves by hand. */
  private static final class ManualClock extends Clock {
    private Instant now = Instant.parse("2026-11-23T09:00:00Z");

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

  @Test
  void probesEveryNodeOnceAndAgainOnlyAfterTheTtl() {
    AtomicInteger probes = new AtomicInteger();
    Prober prober = (check, where) -> Health.healthy("probe " + probes.incrementAndGet());
    ManualClock clock = new ManualClock();
    long withChecks = tree.nodes().stream().filter(n -> n.healthcheck().isPresent()).count();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
      CachedHealth health = new CachedHealth(tree, prober, executor, clock, Duration.ofSeconds(5));

      assertThat(health.now()).hasSize((int) withChecks);
      clock.now = clock.now.plusSeconds(4);
      health.now();
      assertThat(probes.get()).isEqualTo(withChecks);

      clock.now = clock.now.plusSeconds(1);
      var again = health.now();
      assertThat(probes.get()).isEqualTo(2 * withChecks);
      assertThat(again.values()).allSatisfy(h -> assertThat(h.checkedAt()).isEqualTo(clock.now));
    }
  }
}
