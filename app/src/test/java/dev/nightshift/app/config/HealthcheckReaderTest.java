package dev.nightshift.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.measure.Comparison;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.sla.Sli;
import dev.nightshift.core.telemetry.Bound;
import dev.nightshift.core.telemetry.Healthcheck;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.NodeId;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every healthcheck method reads into its record, taking what it can from the node. */
class HealthcheckReaderTest {

  @TempDir Path tmp;

  private DependencyTree tree() {
    Path dir = ConfigFixtures.assemble(ConfigFixtures.ROOT.resolve("valid/all-healthchecks"), tmp);
    LoadResult result = ConfigFixtures.load(dir);
    assertThat(ConfigFixtures.printed(result, dir)).isEmpty();
    return result.config().orElseThrow().tree();
  }

  private Healthcheck check(String node) {
    return tree().require(new NodeId(node)).healthcheck().orElseThrow();
  }

  @Test
  void readsEveryMethod() {
    assertThat(check("consumer"))
        .isEqualTo(
            new Healthcheck.ConsumerLag(
                "writers",
                10_000,
                Optional.of("events"),
                Optional.of("events"),
                Optional.of(Duration.ofSeconds(2))));
    assertThat(check("topic"))
        .isEqualTo(
            new Healthcheck.TopicFreshness(
                Duration.ofSeconds(30), "events", Optional.of("events"), Optional.empty()));
    assertThat(check("ingest"))
        .isEqualTo(new Healthcheck.LogRecency(Duration.ofMinutes(1), Optional.empty()));
    assertThat(check("feed"))
        .isEqualTo(new Healthcheck.TcpConnect("feed.example.com", 443, Optional.empty()));
    assertThat(check("api"))
        .isEqualTo(
            new Healthcheck.Http(
                URI.create("https://api.internal/health"),
                "HEAD",
                Set.of(200, 204),
                Optional.empty(),
                Optional.empty()));
    assertThat(check("db"))
        .isInstanceOfSatisfying(
            Healthcheck.PromQlCondition.class,
            p ->
                assertThat(p.condition().toString()).isEqualTo("pg_up{instance=\"db:5432\"} == 1"));
    assertThat(check("db_replica"))
        .isEqualTo(
            new Healthcheck.PromQlQuery(
                "max(pg_replication_lag_seconds)",
                new Bound(Comparison.LESS, 30),
                Optional.empty()));
    assertThat(check("cache"))
        .isInstanceOfSatisfying(
            Healthcheck.Redis.class,
            r -> {
              assertThat(r.instance()).contains("cache");
              assertThat(r.condition().orElseThrow().toString())
                  .isEqualTo("connected_clients < 280");
            });
    assertThat(check("worker"))
        .isEqualTo(
            new Healthcheck.SupervisorState(
                Optional.of("main"),
                Optional.of("workers"),
                Optional.empty(),
                Set.of("RUNNING", "STARTING"),
                Optional.empty()));
    assertThat(check("disk"))
        .isEqualTo(new Healthcheck.Command(List.of("redis-cli", "ping"), 0, Optional.empty()));
  }

  @Test
  void acceptsHostNamesWithUnderscoresAsContainerNamesHaveThem() {
    Sli sli = tree().sla(new SlaId("freshness")).orElseThrow().sli().orElseThrow();
    assertThat(sli)
        .isInstanceOfSatisfying(
            Sli.Probe.class,
            p ->
                assertThat(p.check())
                    .isInstanceOfSatisfying(
                        Healthcheck.Http.class,
                        h -> {
                          assertThat(h.url())
                              .isEqualTo(URI.create("http://primary_kafka_to_redis:8080/metrics"));
                          assertThat(h.bodyContains()).contains("entity_data_freshness_seconds");
                          assertThat(h.accepts(302)).isTrue();
                          assertThat(h.accepts(500)).isFalse();
                        }));
  }
}
