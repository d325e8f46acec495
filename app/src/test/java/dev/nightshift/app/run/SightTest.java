package dev.nightshift.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.ConfigLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The agent says once when a source goes dark, naming what it can no longer see, and when back. */
class SightTest {

  private static final Config SEED =
      ConfigLoader.withSystemEnvironment()
          .load(Path.of("../examples/freshness-pipeline"))
          .config()
          .orElseThrow();

  private final StringWriter console = new StringWriter();
  private final Connections connections =
      Connections.open(
          SEED.agent().telemetry(),
          SEED.policy().allowedPrograms(),
          SEED.agent().probeTimeout(),
          Clock.systemUTC());
  private final Sources sources = new Sources(connections, SEED.tree());
  private final Sight sight =
      new Sight(
          sources,
          new PrintWriter(console),
          Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));

  @AfterEach
  void close() {
    connections.close();
  }

  @Test
  void namesEverythingThatDependsOnADarkSourceOnce() {
    sight.lost("prometheus", "connection refused");
    sight.lost("prometheus", "connection refused again");

    assertThat(console.toString().lines().filter(l -> l.contains("BLIND"))).hasSize(1);
    assertThat(console.toString())
        .contains("BLIND  prometheus: connection refused")
        .contains("the SLI of entity_data_freshness")
        .contains("the metrics of redis_instance")
        .contains("no action is taken on missing data");
    assertThat(sight.dark()).containsOnlyKeys("prometheus");
    assertThat(sight.dark().get("prometheus").reason()).isEqualTo("connection refused again");
  }

  @Test
  void saysWhenASourceAnswersAgain() {
    sight.lost("kafka kraft-cluster", "timed out");
    sight.back("kafka kraft-cluster");
    sight.back("kafka kraft-cluster");

    assertThat(console.toString())
        .contains(
            "cannot see the SLI of entity_consumer_lag, the healthcheck of kafka_entity_topic,"
                + " the healthcheck of kafka_to_redis_consumer")
        .contains("SIGHT  kafka kraft-cluster answers again after 0s");
    assertThat(console.toString().lines().filter(l -> l.contains("SIGHT"))).hasSize(1);
    assertThat(sight.dark()).isEmpty();
  }

  @Test
  void namesTheSourceOfEachCheckAndLogFromTheTree() {
    assertThat(sources.dependents("redis redis")).contains("the healthcheck of redis_instance");
    assertThat(sources.dependents("loki")).contains("the logs of kafka_to_redis_consumer");
    assertThat(sources.dependents("kafka kraft-cluster"))
        .contains("the healthcheck of kafka_entity_topic");
  }
}
