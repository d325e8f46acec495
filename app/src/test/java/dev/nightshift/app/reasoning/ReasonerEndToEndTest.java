package dev.nightshift.app.reasoning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.app.config.ConfigLoader;
import dev.nightshift.app.drill.ScenarioReader;
import dev.nightshift.app.drill.ScenarioResult;
import dev.nightshift.app.run.Reasonings;
import dev.nightshift.core.audit.AuditEntry;
import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.knowledge.LearnedState;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.policy.Approval;
import dev.nightshift.core.reasoning.Reasoning;
import dev.nightshift.core.remediation.ActionOutcome;
import dev.nightshift.core.remediation.ActionRecord;
import dev.nightshift.sim.VirtualClock;
import dev.nightshift.sim.drill.DrillRun;
import dev.nightshift.sim.drill.DrillRunner;
import dev.nightshift.sim.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when" with a model configured, end to end: the learning drill of the freshness
 * example, without its scripted reasoner, so the configured OpenAI-compatible provider (a local
 * server speaking the chat-completions wire format) investigates the novel incident through the
 * real LLM adapter, and its proposal goes through the validator, the audit and the policy gate.
 */
class ReasonerEndToEndTest {

  private static final Path EXAMPLE = Path.of("../examples/freshness-pipeline");
  private static final String CONSUMER = "kafka_to_redis_consumer";
  private static final String LOG_LINE = "Deserialization failed at offset 48213: unexpected token";

  @TempDir Path tmp;

  private final ChatCompletionsServer server = new ChatCompletionsServer();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aNovelIncidentIsFixedByTheModelsApprovedProposalAndTheSecondFromMemory() throws IOException {
    server
        .thenCall("call_logs", "log_query", args("node", CONSUMER))
        .thenCall("call_submit", "submit_hypothesis", hypothesis(CONSUMER));

    DrillRun run = drill();

    assertThat(run.result().failures()).isEmpty();
    assertThat(run.incidents()).hasSize(2);
    assertThat(server.requests()).hasSize(2);
    for (ChatCompletionsServer.Request request : server.requests()) {
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.path()).isEqualTo("/v1/chat/completions");
      assertThat(request.body().path("model").asText()).isEqualTo("test-model");
      assertThat(toolNames(request.body())).contains("log_query", "submit_hypothesis");
    }
    JsonNode answered = toolMessage(server.requests().get(1).body());
    assertThat(answered.path("tool_call_id").asText()).isEqualTo("call_logs");
    assertThat(answered.path("content").asText()).contains(LOG_LINE);
  }

  @Test
  void theProposalIsValidatedAuditedAndRunOnlyAfterItsApproval() throws IOException {
    server
        .thenCall("call_logs", "log_query", args("node", CONSUMER))
        .thenCall("call_submit", "submit_hypothesis", hypothesis(CONSUMER));

    DrillRun run = drill();

    Stores stores = run.stores();
    Incident first = run.incidents().getFirst();
    List<TimelineEvent> events = stores.timeline().events(first.id());
    assertThat(events)
        .filteredOn(e -> e.type() == EventType.HYPOTHESIZED)
        .singleElement()
        .satisfies(e ->
            assertThat(e.facts())
                .containsEntry("outcome", "proposed")
                .containsEntry("root_cause", CONSUMER)
                .containsEntry("reasoner", "openai/test-model"));
    assertThat(types(events))
        .containsSubsequence(
            EventType.HYPOTHESIZED,
            EventType.APPROVAL_REQUESTED,
            EventType.APPROVAL_DECIDED,
            EventType.ACTION_EXECUTED,
            EventType.LEARNED,
            EventType.RESOLVED);
    Approval approval =
        stores.approvals().recent(20).stream()
            .filter(a -> a.incident() == first.id().value())
            .collect(onlyOne());
    Instant approvedAt = approval.decidedAt().orElseThrow();
    assertThat(approval.decidedBy()).contains("drill");
    List<ActionRecord> actions = stores.actions().forIncident(first.id().value());
    assertThat(approval.action()).contains("supervisor_restart");
    assertThat(approval.requestedAt()).isBeforeOrEqualTo(approvedAt);
    assertThat(actions)
        .singleElement()
        .satisfies(a -> {
          assertThat(a.type()).isEqualTo("supervisor_restart");
          assertThat(a.outcome()).isEqualTo(ActionOutcome.EXECUTED);
          assertThat(a.at()).isAfterOrEqualTo(approvedAt);
        });
    assertThat(run.platform().executed().getFirst().at()).isAfterOrEqualTo(approvedAt);
    assertThat(kinds(stores))
        .containsSubsequence(
            "reasoner.asked", "reasoner.tool", "reasoner.usage", "reasoner.proposed");
    assertThat(records(stores, "reasoner.tool"))
        .singleElement()
        .satisfies(r -> assertThat(r.detail()).contains("log_query"));
  }

  @Test
  void learnedOneIsApprovedAndMatchesTheSecondOccurrenceWithoutAskingTheModel() throws IOException {
    server
        .thenCall("call_logs", "log_query", args("node", CONSUMER))
        .thenCall("call_submit", "submit_hypothesis", hypothesis(CONSUMER));

    DrillRun run = drill();

    assertThat(run.stores().learned().find(new KnownErrorId("learned-1")))
        .hasValueSatisfying(e -> assertThat(e.state()).isEqualTo(LearnedState.APPROVED));
    List<TimelineEvent> second = run.stores().timeline().events(run.incidents().get(1).id());
    assertThat(second)
        .filteredOn(e -> e.type() == EventType.KNOWN_ERROR_MATCHED)
        .singleElement()
        .satisfies(e -> assertThat(e.facts()).containsEntry("known_error", "learned-1"));
    assertThat(types(second))
        .doesNotContain(EventType.HYPOTHESIZED, EventType.APPROVAL_REQUESTED)
        .contains(EventType.ACTION_EXECUTED, EventType.RESOLVED);
    assertThat(records(run.stores(), "reasoner.asked")).hasSize(1);
    assertThat(server.requests()).hasSize(2);
  }

  // The walk of entity_data_freshness visits every node of the example's tree, so the only node
  // off its path is one the tree does not have.
  @Test
  void aHypothesisBlamingANodeOutsideTheTreeIsRejectedAndEscalatedWithNothingRun()
      throws IOException {
    server
        .thenCall("call_logs", "log_query", args("node", CONSUMER))
        .thenCall("call_submit", "submit_hypothesis", hypothesis("orders_db"));

    DrillRun run = drill();

    Incident first = run.incidents().getFirst();
    assertThat(first.state()).isEqualTo(IncidentState.ESCALATED);
    List<TimelineEvent> events = run.stores().timeline().events(first.id());
    assertThat(events)
        .filteredOn(e -> e.type() == EventType.HYPOTHESIZED)
        .singleElement()
        .satisfies(e -> assertThat(e.facts()).containsEntry("outcome", "rejected"));
    assertThat(types(events))
        .contains(EventType.ESCALATED)
        .doesNotContain(EventType.APPROVAL_REQUESTED, EventType.ACTION_EXECUTED);
    assertThat(records(run.stores(), "reasoner.rejected"))
        .first()
        .satisfies(r -> assertThat(r.detail()).contains("'orders_db' is not a node of the tree"));
    assertThat(run.platform().executed()).isEmpty();
    assertThat(run.stores().learned().all()).isEmpty();
  }

  /** The learning drill, its reasoner script dropped, run with the model the config names. */
  private DrillRun drill() throws IOException {
    Path config = config();
    Path drills = Files.createDirectories(config.resolve("drills"));
    String scenario = Files.readString(EXAMPLE.resolve("drills/learning-loop.yaml"));
    String unscripted =
        scenario.substring(0, scenario.indexOf("\nreasoner:"))
            + scenario
                .substring(scenario.indexOf("\napprovals:"))
                .replace("\n  reasoner_calls: 1", "");
    Path file = drills.resolve("learning-loop.yaml");
    Files.writeString(file, unscripted);
    ScenarioResult read =
        new ScenarioReader(new ConfigLoader(name -> Optional.empty())::load).read(file);
    assertThat(read.errors()).isEmpty();
    Scenario drill = read.scenario().orElseThrow();
    assertThat(drill.reasoner()).isEmpty();
    Stores stores = MemoryStores.create();
    Reasoning reasoning =
        Reasonings.standard().build(read.config().orElseThrow(), stores.incidents());
    assertThat(reasoning.reasoner()).isPresent();
    return DrillRunner.run(
        drill,
        read.setup(reasoning),
        notice -> {},
        stores,
        new VirtualClock(drill.start()),
        now -> {});
  }

  /** The example's configuration and runbooks, with the local server as its model. */
  private Path config() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("config"));
    try (Stream<Path> files = Files.list(EXAMPLE)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Path runbooks = Files.createDirectories(dir.resolve("runbooks"));
    try (Stream<Path> files = Files.list(EXAMPLE.resolve("runbooks"))) {
      for (Path f : files.toList()) {
        Files.copy(f, runbooks.resolve(f.getFileName()));
      }
    }
    Path main = dir.resolve("nightshift.yaml");
    String yaml = Files.readString(main);
    Files.writeString(
        main,
        yaml.substring(0, yaml.indexOf("\nllm:"))
            + "\nllm: {provider: openai, model: test-model, url: \""
            + server.baseUrl()
            + "\"}\n");
    return dir;
  }

  private static ObjectNode hypothesis(String rootCause) {
    ObjectNode h = ChatCompletionsServer.JSON.createObjectNode();
    h.put("root_cause", rootCause);
    h.put("explanation", "The consumer is stuck on a message it cannot deserialize.");
    h.putArray("evidence").add("\"" + LOG_LINE + "\"");
    ObjectNode action = h.putObject("action");
    action.put("type", "supervisor_restart");
    action.put("node", rootCause);
    h.put("metric_condition", "kafka_consumer_group_lag{group=\"redis-writer-entity\"} > 10000");
    h.putArray("next_steps").add("Route undeserializable messages to a dead-letter topic");
    h.put("confidence", 0.8);
    return h;
  }

  private static ObjectNode args(String key, String value) {
    return ChatCompletionsServer.JSON.createObjectNode().put(key, value);
  }

  private static List<String> toolNames(JsonNode body) {
    return StreamSupport.stream(body.path("tools").spliterator(), false)
        .map(t -> t.path("function").path("name").asText())
        .toList();
  }

  private static JsonNode toolMessage(JsonNode body) {
    return StreamSupport.stream(body.path("messages").spliterator(), false)
        .filter(m -> m.path("role").asText().equals("tool"))
        .collect(onlyOne());
  }

  private static List<EventType> types(List<TimelineEvent> events) {
    return events.stream().map(TimelineEvent::type).toList();
  }

  private static List<String> kinds(Stores stores) {
    return stores.audit().entries().stream().map(e -> e.record().kind()).toList();
  }

  private static List<AuditRecord> records(Stores stores, String kind) {
    return stores.audit().entries().stream()
        .map(AuditEntry::record)
        .filter(r -> r.kind().equals(kind))
        .toList();
  }

  private static <T> java.util.stream.Collector<T, ?, T> onlyOne() {
    return java.util.stream.Collectors.collectingAndThen(
        java.util.stream.Collectors.toList(),
        list -> {
          assertThat(list).hasSize(1);
          return list.getFirst();
        });
  }
}
