package dev.nightshift.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TreeCommandTest {

  private static final String EXAMPLE = "../examples/freshness-pipeline";
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @Test
  void printsTheExampleTreeTopDown() throws IOException {
    Cli cli = Cli.run("tree", EXAMPLE);
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out())
        .isEqualTo(Files.readString(GOLDEN.resolve("freshness-pipeline-tree.txt")));
  }

  @Test
  void impactOfRedisListsBothSlasAndTheConsumer() throws IOException {
    Cli cli = Cli.run("tree", EXAMPLE, "--impact", "redis_instance", "--json");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out())
        .isEqualTo(
            "{\"node\":\"redis_instance\",\"slas\":[\"entity_data_freshness\",\"entity_consumer_lag\"],\"nodes\":[\"kafka_to_redis_consumer\"]}\n");
  }

  @Test
  void impactOfTheFeedClimbsTheWholeChain() {
    Cli cli = Cli.run("tree", EXAMPLE, "--impact", "upstream_data_feed");
    assertThat(cli.out())
        .isEqualTo(
            "If upstream_data_feed goes down:\n"
                + "  SLAs:  entity_data_freshness, entity_consumer_lag\n"
                + "  nodes: websocket_ingestion, kafka_entity_topic, kafka_to_redis_consumer\n");
  }

  @Test
  void printsOneSlaAsNestedJson() throws IOException {
    JsonNode json =
        new ObjectMapper()
            .readTree(Cli.run("tree", EXAMPLE, "--sla", "entity_data_freshness", "--json").out());
    JsonNode sla = json.get("slas").get(0);
    assertThat(json.get("slas")).hasSize(1);
    assertThat(sla.get("objective").asText()).isEqualTo("< 1m");
    assertThat(sla.get("window").asText()).isEqualTo("PRIMARY_BUSINESS_HOURS");
    JsonNode consumer = sla.get("depends_on").get(0);
    assertThat(consumer.get("node").asText()).isEqualTo("kafka_to_redis_consumer");
    assertThat(consumer.get("coordinates").get("supervisor_process").asText())
        .isEqualTo("kafka_to_redis_entity");
    assertThat(consumer.get("depends_on").get(1).get("node").asText()).isEqualTo("redis_instance");
    JsonNode feed =
        consumer.get("depends_on").get(0).get("depends_on").get(0).get("depends_on").get(0);
    assertThat(feed.get("type").asText()).isEqualTo("external");
    assertThat(feed.get("healthcheck").asText()).isEqualTo("tcp_connect");
  }

  @Test
  void writesASharedNodeOnceAndRefersToItAfterwards() throws IOException {
    JsonNode json = new ObjectMapper().readTree(Cli.run("tree", EXAMPLE, "--json").out());
    JsonNode second = json.get("slas").get(1).get("depends_on").get(0);
    assertThat(second.get("node").asText()).isEqualTo("kafka_to_redis_consumer");
    assertThat(second.get("ref").asBoolean()).isTrue();
    assertThat(second.has("depends_on")).isFalse();
  }

  @Test
  void unknownSlaOrNodeIsAUsageErrorWithASuggestion() {
    Cli node = Cli.run("tree", EXAMPLE, "--impact", "redis_instanse");
    assertThat(node.exitCode()).isEqualTo(2);
    assertThat(node.err())
        .startsWith(
            "nightshift: no node 'redis_instanse' in the tree (did you mean 'redis_instance'?)");
    Cli sla = Cli.run("tree", EXAMPLE, "--sla", "nope");
    assertThat(sla.exitCode()).isEqualTo(2);
    assertThat(sla.err())
        .startsWith(
            "nightshift: no SLA 'nope' in the tree; known: entity_data_freshness, entity_consumer_lag");
  }

  @Test
  void slaAndImpactCannotBeCombined() {
    assertThat(
            Cli.run("tree", EXAMPLE, "--sla", "entity_data_freshness", "--impact", "redis_instance")
                .exitCode())
        .isEqualTo(2);
  }

  @Test
  void anInvalidConfigurationPrintsItsErrorsAndExitsOne() throws IOException {
    Path dir = Files.createTempDirectory("nightshift-tree");
    try {
      Files.writeString(dir.resolve("nightshift.yaml"), "");
      Files.writeString(dir.resolve("dependency_tree.yaml"), "metrics: []\n");
      Cli cli = Cli.run("tree", dir.toString());
      assertThat(cli.exitCode()).isEqualTo(1);
      assertThat(cli.err())
          .contains(
              dir.resolve("dependency_tree.yaml") + ":1: metrics: expected a mapping, got a list");
      assertThat(cli.out()).isEmpty();
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }
}
