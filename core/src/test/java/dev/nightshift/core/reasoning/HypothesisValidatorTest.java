package dev.nightshift.core.reasoning;

import static dev.nightshift.core.reasoning.ReasoningFixtures.PATH;
import static dev.nightshift.core.reasoning.ReasoningFixtures.RESTART_REDIS;
import static dev.nightshift.core.reasoning.ReasoningFixtures.TREE;
import static dev.nightshift.core.reasoning.ReasoningFixtures.hypothesis;
import static dev.nightshift.core.reasoning.ReasoningFixtures.restart;
import static dev.nightshift.core.reasoning.ReasoningFixtures.restartAction;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.knowledge.Checked;
import dev.nightshift.core.remediation.Action;
import dev.nightshift.core.remediation.DockerRestart;
import dev.nightshift.core.remediation.Step;
import dev.nightshift.core.remediation.StepSpec;
import dev.nightshift.core.remediation.Target;
import dev.nightshift.core.testing.ScriptedReader;
import dev.nightshift.core.topology.NodeId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class HypothesisValidatorTest {

  private static final List<String> OBSERVED =
      List.of(
          "2026-03-02T10:00:00Z ERR max number of clients reached (12 of 10000)",
          "redis is unhealthy: connection refused");

  private final ScriptedReader reader =
      new ScriptedReader().step(RESTART_REDIS.yaml(), restartAction("redis"));
  private final HypothesisValidator validator = new HypothesisValidator(TREE, reader);

  private Checked<Optional<Action>> validate(Hypothesis h) {
    return validator.validate(h, PATH, OBSERVED);
  }

  private List<String> problems(Hypothesis h) {
    Checked<Optional<Action>> result = validate(h);
    assertThat(result).isInstanceOf(Checked.Invalid.class);
    return ((Checked.Invalid<Optional<Action>>) result).problems();
  }

  @Test
  void acceptsAFullyValidHypothesisAndReturnsItsTypedAction() {
    Checked<Optional<Action>> result =
        validate(
            hypothesis(
                "redis",
                Optional.of(RESTART_REDIS),
                "the log says \"max number of clients reached\"",
                "redis is unhealthy: connection refused"));

    assertThat(result).isEqualTo(new Checked.Ok<>(Optional.of(restartAction("redis"))));
  }

  @Test
  void acceptsAHypothesisWithoutAnAction() {
    assertThat(validate(hypothesis("redis", Optional.empty(), "\"connection refused\"")))
        .isEqualTo(new Checked.Ok<>(Optional.empty()));
  }

  @Test
  void refusesARootCauseThatIsNotInTheTree() {
    assertThat(problems(hypothesis("postgres", Optional.empty(), "\"connection refused\"")))
        .containsExactly("the root cause 'postgres' is not a node of the tree");
    assertThat(problems(hypothesis("Not An Id!", Optional.empty(), "\"connection refused\"")))
        .containsExactly("the root cause 'Not An Id!' is not a node of the tree");
  }

  @Test
  void refusesARootCauseOffTheWalkedPath() {
    assertThat(problems(hypothesis("kafka", Optional.empty(), "\"connection refused\"")))
        .containsExactly("the root cause 'kafka' is not on the walked path [consumer, redis]");
  }

  @Test
  void refusesEvidenceThatWasNeverObserved() {
    assertThat(problems(hypothesis("redis", Optional.empty(), "\"out of memory: killed\"")))
        .containsExactly("evidence 'out of memory: killed' was never observed");
  }

  @Test
  void refusesAHypothesisWithoutEvidence() {
    assertThat(problems(hypothesis("redis", Optional.empty())))
        .containsExactly("no evidence: a hypothesis must quote what the tools returned");
  }

  @Test
  void refusesAQuoteTooShortToProveAnything() {
    assertThat(problems(hypothesis("redis", Optional.empty(), "\"refused\"")))
        .containsExactly("evidence 'refused' is too short to prove anything");
  }

  @Test
  void checksEveryQuotedSegmentOfAnItem() {
    assertThat(
            problems(
                hypothesis(
                    "redis",
                    Optional.empty(),
                    "logs show “max number of clients” and `disk is full now`")))
        .containsExactly("evidence 'disk is full now' was never observed");
  }

  @Test
  void acceptsAQuotedJsonLineThatHoldsQuotesItself() {
    List<String> observed = List.of("{\"level\":\"error\",\"msg\":\"pool exhausted\"}");

    assertThat(
            validator.validate(
                hypothesis(
                    "redis",
                    Optional.empty(),
                    "\"{\"level\":\"error\",\"msg\":\"pool exhausted\"}\"",
                    "{\"level\":\"error\",\"msg\":\"pool exhausted\"}"),
                PATH,
                observed))
        .isInstanceOf(Checked.Ok.class);
    assertThat(
            validator.validate(
                hypothesis(
                    "redis", Optional.empty(), "{\"level\":\"error\",\"msg\":\"disk full\"}"),
                PATH,
                observed))
        .isInstanceOf(Checked.Invalid.class);
  }

  @Test
  void takesTheWholeItemAsTheQuoteWhenNothingIsQuoted() {
    assertThat(problems(hypothesis("redis", Optional.empty(), "redis ran out of clients")))
        .containsExactly("evidence 'redis ran out of clients' was never observed");
  }

  @Test
  void matchesEvidenceIgnoringCaseAndRunsOfWhitespace() {
    assertThat(
            validate(
                hypothesis(
                    "redis",
                    Optional.empty(),
                    "\"  MAX number\n of   CLIENTS\treached \"",
                    "\"Redis Is Unhealthy\"")))
        .isInstanceOf(Checked.Ok.class);
  }

  @Test
  void refusesAnActionTheReaderDoesNotAccept() {
    StepSpec unknown =
        new StepSpec("reboot_everything", Optional.of(new NodeId("redis")), Map.of());

    assertThat(problems(hypothesis("redis", Optional.of(unknown), "\"connection refused\"")))
        .containsExactly(
            "the action reboot_everything: not a step this test knows: " + unknown.yaml());
  }

  @Test
  void refusesAPassiveStepAsAnAction() {
    StepSpec wait =
        new StepSpec("wait", Optional.of(new NodeId("redis")), Map.of("duration", "60s"));
    reader.step(wait.yaml(), new Step.Wait(Duration.ofSeconds(60), Optional.empty()));

    assertThat(problems(hypothesis("redis", Optional.of(wait), "\"connection refused\"")))
        .containsExactly(
            "wait is not an action: propose only actions, and say the rest in next steps");
  }

  @Test
  void refusesAnActionWithoutANode() {
    StepSpec nowhere = new StepSpec("docker_restart", Optional.empty(), Map.of("container", "x"));

    assertThat(problems(hypothesis("redis", Optional.of(nowhere), "\"connection refused\"")))
        .containsExactly("the action docker_restart names no node: it must act on the walked path");
  }

  @Test
  void refusesAnActionOnANodeOffTheWalkedPath() {
    StepSpec kafka = restart("kafka");
    reader.step(kafka.yaml(), restartAction("kafka"));

    assertThat(problems(hypothesis("redis", Optional.of(kafka), "\"connection refused\"")))
        .containsExactly(
            "the action's node 'kafka' is not on the walked path [consumer, redis]",
            "the action targets kafka, off the walked path");
  }

  @Test
  void refusesAnActionWhoseTargetIsOffTheWalkedPath() {
    StepSpec sneaky = restart("redis");
    HypothesisValidator other =
        new HypothesisValidator(
            TREE,
            new ScriptedReader()
                .step(
                    sneaky.yaml(),
                    new DockerRestart(
                        Target.of(Optional.of(new NodeId("kafka")), "container", "kafka"),
                        "kafka",
                        Optional.empty())));

    Checked<Optional<Action>> result =
        other.validate(
            hypothesis("redis", Optional.of(sneaky), "\"connection refused\""), PATH, OBSERVED);

    assertThat(((Checked.Invalid<Optional<Action>>) result).problems())
        .containsExactly("the action targets kafka, off the walked path");
  }

  @Test
  void refusesAMetricConditionThatDoesNotParse() {
    Hypothesis h =
        new Hypothesis(
            "redis",
            "why",
            List.of("\"connection refused\""),
            Optional.empty(),
            Optional.of("redis_connected_clients >>> lots"),
            List.of(),
            OptionalDouble.empty());

    assertThat(problems(h))
        .singleElement()
        .asString()
        .startsWith("metric condition 'redis_connected_clients >>> lots' does not parse: ");
  }

  @Test
  void namesEveryProblemAtOnce() {
    assertThat(
            problems(
                hypothesis(
                    "kafka",
                    Optional.of(restart("postgres")),
                    "\"never seen anywhere\"",
                    "\"ok\"")))
        .hasSize(5);
  }
}
