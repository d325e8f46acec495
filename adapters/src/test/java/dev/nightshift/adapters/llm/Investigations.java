package dev.nightshift.adapters.llm;

import dev.nightshift.core.reasoning.Investigation;
import dev.nightshift.core.topology.NodeId;
import java.time.Duration;
import java.util.List;

/** A novel incident on the freshness pipeline, as the agent would ask about it. */
final class Investigations {

  static final String BRIEF =
      "SLA orders-freshness breached: orders table 14 minutes old (limit 5).\n"
          + "Walk: orders-freshness -> orders-consumer -> kafka. orders-consumer is running but"
          + " consumer lag is rising. No known error matched.";

  static final List<String> CATALOG =
      List.of(
          "restart: {action: restart, node: <node>}",
          "scale: {action: scale, node: <node>, replicas: <1-10>}");

  private Investigations() {}

  static Investigation sample() {
    return sample(10, Duration.ofSeconds(10));
  }

  static Investigation sample(int maxSteps, Duration timeout) {
    return new Investigation(
        42,
        BRIEF,
        List.of(new NodeId("orders-freshness"), new NodeId("orders-consumer"), new NodeId("kafka")),
        CATALOG,
        maxSteps,
        timeout);
  }
}
