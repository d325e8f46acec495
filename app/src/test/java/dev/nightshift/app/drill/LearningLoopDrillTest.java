package dev.nightshift.app.drill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.audit.AuditEntry;
import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.knowledge.LearnedKnownError;
import dev.nightshift.core.knowledge.LearnedState;
import dev.nightshift.sim.drill.DrillRun;
import dev.nightshift.sim.drill.DrillRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The learning drill of the freshness example, looked at closer than its expectations: the first
 * incident is fixed by the reasoner's approved proposal, the second from memory without it.
 */
class LearningLoopDrillTest {

  private static final Path DRILL =
      Path.of("../examples/freshness-pipeline/drills/learning-loop.yaml");

  private static DrillRun run;

  @BeforeAll
  static void runTheDrill() {
    ScenarioResult read = ScenarioFixtures.read(DRILL);
    assertThat(read.errors()).isEmpty();
    run = DrillRunner.run(read.scenario().orElseThrow(), read.setup(), notice -> {});
  }

  @Test
  void passesWithTheReasonerAskedOnce() {
    assertThat(run.result().failures()).isEmpty();
    assertThat(run.result().passed()).isTrue();
    assertThat(run.reasonerCalls()).isEqualTo(1);
    assertThat(run.incidents()).hasSize(2);
  }

  @Test
  void theFirstIncidentRunsTheApprovedProposalAndTeachesLearnedOne() {
    List<TimelineEvent> events = events(run.incidents().getFirst());
    assertThat(events)
        .filteredOn(e -> e.type() == EventType.HYPOTHESIZED)
        .singleElement()
        .satisfies(e -> assertThat(e.facts()).containsEntry("outcome", "proposed"));
    assertThat(types(events))
        .containsSubsequence(
            EventType.NO_KNOWN_ERROR,
            EventType.HYPOTHESIZED,
            EventType.APPROVAL_REQUESTED,
            EventType.APPROVAL_DECIDED,
            EventType.ACTION_EXECUTED,
            EventType.LEARNED,
            EventType.RESOLVED);
  }

  @Test
  void theSecondIncidentIsMatchedFromMemoryWithoutAReasonerOrAnApproval() {
    List<TimelineEvent> events = events(run.incidents().get(1));
    assertThat(events)
        .filteredOn(e -> e.type() == EventType.KNOWN_ERROR_MATCHED)
        .singleElement()
        .satisfies(e -> assertThat(e.facts()).containsEntry("known_error", "learned-1"));
    assertThat(types(events))
        .doesNotContain(EventType.HYPOTHESIZED, EventType.APPROVAL_REQUESTED)
        .contains(EventType.ACTION_EXECUTED, EventType.RESOLVED);
  }

  @Test
  void learnedOneWasApprovedByTheDrillAndItsLogPatternMatchesBothOffsets() {
    LearnedKnownError learned =
        run.stores().learned().find(new KnownErrorId("learned-1")).orElseThrow();
    assertThat(learned.state()).isEqualTo(LearnedState.APPROVED);
    assertThat(learned.decidedBy()).contains("drill");
    String pattern =
        learned
            .yaml()
            .lines()
            .filter(l -> l.strip().startsWith("log_pattern:"))
            .map(l -> l.substring(l.indexOf('"') + 1, l.lastIndexOf('"')).replace("\\\\", "\\"))
            .findFirst()
            .orElseThrow();
    assertThat(
            Pattern.compile(pattern)
                .matcher("Deserialization failed at offset 48213:" + " unexpected token '<'")
                .find())
        .isTrue();
    assertThat(
            Pattern.compile(pattern)
                .matcher("Deserialization failed at offset 51877:" + " unexpected token '<'")
                .find())
        .isTrue();
    assertThat(learned.yaml())
        .contains("{action: \"supervisor_restart\", node: \"kafka_to_redis_consumer\"}");
  }

  @Test
  void everyScriptedToolCallAndTheApprovalOfTheKnownErrorAreAudited() {
    List<AuditRecord> records =
        run.stores().audit().entries().stream().map(AuditEntry::record).toList();
    assertThat(records).filteredOn(r -> r.kind().equals("reasoner.tool")).hasSize(3);
    assertThat(records)
        .filteredOn(r -> r.kind().equals("known_error.approved"))
        .singleElement()
        .satisfies(r -> assertThat(r.actor()).isEqualTo("drill"));
  }

  private static List<TimelineEvent> events(Incident incident) {
    return run.stores().timeline().events(incident.id());
  }

  private static List<EventType> types(List<TimelineEvent> events) {
    return events.stream().map(TimelineEvent::type).toList();
  }
}
