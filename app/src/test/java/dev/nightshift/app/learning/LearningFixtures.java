package dev.nightshift.app.learning;

import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.incident.NewIncident;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.knowledge.LearnedKnownError;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.remediation.StepSpec;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.topology.NodeId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Incidents of the shipped example that no known error explained, for the learning surfaces. */
public final class LearningFixtures {

  /** The example's consumer node, where the fixtures' walk located the fault. */
  public static final String NODE = "kafka_to_redis_consumer";

  public static final String ROOT_CAUSE = "consumer stuck after a Kafka rebalance";

  private LearningFixtures() {}

  /**
   * A closed incident the walk traced to {@link #NODE} and its error line, which no known error
   * explained.
   */
  public static long unexplainedIncident(Stores stores, Instant at) {
    Incident open =
        stores
            .incidents()
            .open(
                new NewIncident(
                    new SlaId("entity_data_freshness"),
                    Severity.HIGH,
                    "freshness 95s breaches < 60s",
                    at));
    stores
        .timeline()
        .append(
            open.id(),
            new TimelineEvent(
                at.plusSeconds(5),
                EventType.NO_KNOWN_ERROR,
                "no known error matches what the walk found",
                Map.of(
                    "signature_node",
                    NODE,
                    "log_pattern",
                    "rebalance in progress, partition \\d+")));
    stores
        .incidents()
        .save(
            new Incident(
                open.id(),
                open.sla(),
                open.severity(),
                IncidentState.ESCALATED,
                open.trigger(),
                open.openedAt(),
                at.plusSeconds(600),
                Optional.of(at.plusSeconds(600)),
                open.progress(),
                Optional.empty()));
    return open.id().value();
  }

  /** The step that fixes it: restart the consumer. */
  public static StepSpec restart() {
    return new StepSpec("supervisor_restart", Optional.of(new NodeId(NODE)), Map.of());
  }

  /** A proposal a human recorded for a fresh unexplained incident. */
  public static LearnedKnownError proposal(LearningDesk desk, Stores stores, Instant at) {
    long incident = unexplainedIncident(stores, at);
    return switch (desk.recordFix(
        incident, ROOT_CAUSE, List.of(restart()), Optional.empty(), "alice")) {
      case LearningDesk.Outcome.Done done -> done.entry();
      case LearningDesk.Outcome other -> throw new AssertionError("no proposal: " + other);
    };
  }
}
