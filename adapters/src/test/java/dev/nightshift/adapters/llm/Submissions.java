package dev.nightshift.adapters.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.core.reasoning.Hypothesis;
import dev.nightshift.core.remediation.StepSpec;
import dev.nightshift.core.topology.NodeId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** The arguments a model sends with submit_hypothesis, and the hypothesis they mean. */
final class Submissions {

  private Submissions() {}

  static ObjectNode restartConsumer() {
    ObjectNode args = LlmServer.JSON.createObjectNode();
    args.put("root_cause", "orders-consumer");
    args.put("explanation", "The consumer fails on a record larger than its fetch limit.");
    args.putArray("evidence")
        .add("\"RecordTooLargeException: the message is 1048600 bytes\"")
        .add("\"kafka_consumergroup_lag{group=\\\"orders\\\"} 52000\"");
    ObjectNode action = args.putObject("action");
    action.put("type", "scale");
    action.put("node", "orders-consumer");
    action.putObject("parameters").put("replicas", 2);
    args.put("metric_condition", "kafka_consumergroup_lag{group=\"orders\"} > 10000");
    args.putArray("next_steps").add("raise max.partition.fetch.bytes");
    args.put("confidence", 0.7);
    return args;
  }

  static Hypothesis restartConsumerHypothesis() {
    return new Hypothesis(
        "orders-consumer",
        "The consumer fails on a record larger than its fetch limit.",
        List.of(
            "\"RecordTooLargeException: the message is 1048600 bytes\"",
            "\"kafka_consumergroup_lag{group=\\\"orders\\\"} 52000\""),
        Optional.of(
            new StepSpec(
                "scale", Optional.of(new NodeId("orders-consumer")), Map.of("replicas", "2"))),
        Optional.of("kafka_consumergroup_lag{group=\"orders\"} > 10000"),
        List.of("raise max.partition.fetch.bytes"),
        OptionalDouble.of(0.7));
  }

  /** The smallest answer: no action, no next steps, no confidence. */
  static ObjectNode minimal() {
    ObjectNode args = LlmServer.JSON.createObjectNode();
    args.put("root_cause", "orders-consumer");
    args.put("explanation", "Lag rises while the consumer runs.");
    args.putArray("evidence").add("\"consumer lag is rising\"");
    return args;
  }
}
