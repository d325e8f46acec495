package dev.nightshift.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.remediation.DockerExec;
import dev.nightshift.core.remediation.Step;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.topology.NodeId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's dependency tree and known errors (seed 000, "The Dependency Tree" and "Known Errors"),
 * pasted as printed into the example's configuration, fail only on what the seed really omits.
 */
class SeedFormatTest {

  private static final Path SEED = ConfigFixtures.ROOT.resolve("seed");

  @TempDir Path tmp;

  private Path paste(String variant) throws IOException {
    Path dir = Files.createDirectory(tmp.resolve(variant));
    ConfigFixtures.copyYaml(ConfigFixtures.EXAMPLE, dir);
    ConfigFixtures.copyYaml(SEED.resolve(variant), dir);
    return dir;
  }

  @Test
  void seedAsPrintedFailsOnlyOnTheFeedsMissingHostAndPort() throws IOException {
    Path dir = paste("as-printed");
    LoadResult result = ConfigFixtures.load(dir);
    String feed =
        "metrics.entity_data_freshness.depends_on[0].depends_on[0].depends_on[0].depends_on[0]";
    String redis = "metrics.entity_data_freshness.depends_on[0].depends_on[1]";
    assertThat(ConfigFixtures.printed(result, dir))
        .containsExactly(
            "dependency_tree.yaml:54: " + feed + ".healthcheck.host: required field is missing",
            "dependency_tree.yaml:54: " + feed + ".healthcheck.port: required field is missing",
            "dependency_tree.yaml:56: "
                + redis
                + ": warning: no healthcheck: the node's health is derived from its dependencies"
                + " and metrics",
            "dependency_tree.yaml:56: "
                + redis
                + ": warning: no logs: its error lines cannot be read, so log signatures never match"
                + " here");
  }

  @Test
  void seedWithTheOmittedHostPortAndRedisNodeFilledInIsValid() throws IOException {
    Path dir = paste("filled-in");
    LoadResult result = ConfigFixtures.load(dir);
    assertThat(ConfigFixtures.printed(result, dir)).isEmpty();
    Config config = result.config().orElseThrow();
    assertThat(config.tree().walk(new SlaId("entity_data_freshness")))
        .extracting(NodeId::value)
        .containsExactly(
            "kafka_to_redis_consumer",
            "kafka_entity_topic",
            "websocket_ingestion",
            "upstream_data_feed",
            "redis_instance");
    assertThat(config.knownErrors())
        .extracting(k -> k.id().value())
        .containsExactly("ke-001", "ke-002");
    Step first = config.knownErrors().getFirst().fix().steps().getFirst();
    assertThat(first)
        .isInstanceOfSatisfying(
            DockerExec.class,
            d ->
                assertThat(d.command())
                    .containsExactly("redis-cli", "CLIENT", "KILL", "AGE", "300"));
  }

  @Test
  void theOtherReadingOfTheFlattenedSeedLoadsToo() throws IOException {
    Path dir = paste("redis-under-sla");
    LoadResult result = ConfigFixtures.load(dir);
    assertThat(result.errors()).isEmpty();
    Config config = result.config().orElseThrow();
    assertThat(config.tree().roots(new SlaId("entity_data_freshness")))
        .extracting(NodeId::value)
        .containsExactly("kafka_to_redis_consumer", "redis_instance");
  }
}
