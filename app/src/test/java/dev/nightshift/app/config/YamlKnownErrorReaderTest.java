package dev.nightshift.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.knowledge.Checked;
import dev.nightshift.core.knowledge.Draft;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.knowledge.KnownErrorReader;
import dev.nightshift.core.remediation.StepSpec;
import dev.nightshift.core.remediation.SupervisorRestart;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.topology.NodeId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Steps the reasoner proposes and known errors the agent learned, read against the example's
 * configuration exactly as known_errors.yaml would be.
 */
class YamlKnownErrorReaderTest {

  private final KnownErrorReader reader =
      ConfigFixtures.load(ConfigFixtures.EXAMPLE).config().orElseThrow().reader();

  @Test
  void readsAProposedSupervisorRestartOfAProcessNode() {
    String yaml =
        new StepSpec(
                "supervisor_restart", Optional.of(new NodeId("kafka_to_redis_consumer")), Map.of())
            .yaml();

    Checked<?> step = reader.step(yaml);

    assertThat(step).isInstanceOf(Checked.Ok.class);
    assertThat(((Checked.Ok<?>) step).value())
        .isInstanceOfSatisfying(
            SupervisorRestart.class,
            r -> assertThat(r.process()).isEqualTo("primary_processes:kafka_to_redis_entity"));
  }

  // The catalog is what the model is told: a step written the way it says must read.
  @Test
  void readsAnHttpRequestWrittenTheWayTheCatalogDescribesIt() {
    assertThat(reader.catalog())
        .filteredOn(line -> line.startsWith("http_request:"))
        .singleElement()
        .asString()
        .contains("http_method", "class");

    Checked<?> step =
        reader.step(
            "{action: http_request, node: kafka_to_redis_consumer, url:"
                + " \"https://ci.example.com/rollback\", http_method: POST, class: rollback}");

    assertThat(step).isInstanceOf(Checked.Ok.class);
  }

  @Test
  void refusesAnUnknownActionListingTheCatalog() {
    List<String> problems = problems(reader.step("{action: reboot_host, node: redis_instance}"));

    assertThat(problems)
        .singleElement()
        .asString()
        .contains("proposed step:1: action: unknown action 'reboot_host'")
        .contains("supervisor_restart", "docker_exec", "redis_command", "command");
  }

  @Test
  void refusesAStepOnANodeTheTreeDoesNotHave() {
    List<String> problems =
        problems(reader.step("{action: supervisor_restart, node: payments_worker}"));

    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith("proposed step:1: node: ")
        .contains("payments_worker");
  }

  @Test
  void refusesACommandWhoseProgramIsNotAllowListed() {
    List<String> problems =
        problems(
            reader.step(
                "{action: command, node: redis_instance, class: delete_data,"
                    + " argv: [rm, -rf, /data]}"));

    assertThat(problems)
        .containsExactly(
            "proposed step:1: argv: program 'rm' is not allow-listed; add it to commands.allow in "
                + ConfigFixtures.EXAMPLE.resolve("policy.yaml")
                + " if it is safe to run");
  }

  @Test
  void loadsALearnedKnownErrorAsCoreDraftsIt() {
    Draft draft =
        new Draft(
            7,
            new NodeId("kafka_to_redis_consumer"),
            Optional.of("consumer lag exceeded \\d+ messages"),
            Optional.of("redis_connected_clients > 280"),
            "The consumer stalled on a full Redis \"client\" table",
            List.of(
                new StepSpec(
                        "supervisor_restart",
                        Optional.of(new NodeId("kafka_to_redis_consumer")),
                        Map.of())
                    .yaml(),
                "{action: verify, check: \"redis_connected_clients < 200\", timeout: 60s}"),
            "automated",
            Severity.HIGH,
            LocalDate.of(2026, 11, 22));

    Checked<KnownError> read = reader.knownError(draft.yaml());

    assertThat(read).isInstanceOf(Checked.Ok.class);
    KnownError error = ((Checked.Ok<KnownError>) read).value();
    assertThat(error.id()).isEqualTo(draft.id());
    assertThat(error.signature().node()).isEqualTo(new NodeId("kafka_to_redis_consumer"));
    assertThat(error.rootCause()).isEqualTo(draft.rootCause());
    assertThat(error.fix().steps()).hasSize(2);
  }

  @Test
  void reportsABadLogPatternWithItsLine() {
    String yaml =
        """
        id: learned-8
        signature:
          node: redis_instance
          log_pattern: "max clients (reached"
        root_cause: "too many clients"
        fix:
          type: escalate
          steps:
            - {action: escalate, message: "look at the clients"}
        """;

    assertThat(problems(reader.knownError(yaml)))
        .containsExactly(
            "learned known error:4: signature.log_pattern: invalid regex: Unclosed group near"
                + " character 21");
  }

  private static List<String> problems(Checked<?> checked) {
    assertThat(checked).isInstanceOf(Checked.Invalid.class);
    return ((Checked.Invalid<?>) checked).problems();
  }
}
