package dev.nightshift.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoCommandTest {

  private static final String DEMO = "../examples/freshness-pipeline/demo.yaml";

  @Test
  void runsTheRollingIncidentsAndEndsWithWhatItLearned() {
    Cli cli = Cli.run("demo", "--speed", "0", "--no-ui", "--scenario", DEMO);

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out())
        .contains("Nightshift demo: freshness-agent, 2 SLAs, 5 nodes, 5 known errors")
        .contains("policy_decision")
        .contains("ran docker_exec on redis_instance (container/redis)")
        .contains("ran supervisor_restart on kafka_to_redis_consumer")
        .contains("upstream_data_feed is external: Nightshift can only detect and alert")
        .contains("no known error explains kafka_to_redis_consumer")
        .contains("asked a human to approve docker_restart on redis_instance")
        .contains("approved by drill")
        .contains("ran docker_restart on redis_instance (container/redis)")
        .contains("Executed actions: 4; policy violations seen by the simulator: 0")
        .containsPattern("Audit trail: intact, \\d+ hash-chained entries");
    assertThat(cli.out()).containsPattern("ke-001 +seen 8 times .*, 1 fixed, 0 failed");
  }

  @Test
  void refusesAMissingScenarioAsAUsageError() {
    Cli cli = Cli.run("demo", "--speed", "0", "--no-ui", "--scenario", "no/such/demo.yaml");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("no demo scenario at no/such/demo.yaml");
  }
}
