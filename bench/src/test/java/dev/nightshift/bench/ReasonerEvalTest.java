package dev.nightshift.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.app.config.Config;
import dev.nightshift.core.reasoning.Answer;
import dev.nightshift.core.reasoning.Hypothesis;
import dev.nightshift.core.reasoning.Investigation;
import dev.nightshift.core.reasoning.Reasoner;
import dev.nightshift.core.reasoning.Toolbox;
import dev.nightshift.core.reasoning.Usage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The evaluation's baselines, which run in CI: the oracle proves the scorer accepts correct
 * answers, the naive heuristic is the bar a model must clear.
 */
class ReasonerEvalTest {

  private static final Config CONFIG = ReasonerEval.freshnessPipeline();
  private static final List<EvalCase> CASES = ReasonerEval.cases();
  private final ReasonerEval eval = new ReasonerEval(CONFIG);

  @Test
  void hasAtLeastEightCasesEachBlamingANodeOfItsWalkedPath() {
    assertThat(CASES).hasSizeGreaterThanOrEqualTo(8);
    assertThat(CASES).extracting(EvalCase::name).doesNotHaveDuplicates();
    for (EvalCase c : CASES) {
      assertThat(c.path()).as(c.name()).contains(c.rootCause());
      c.path().forEach(n -> assertThat(CONFIG.tree().node(n)).as(c.name()).isPresent());
    }
  }

  @Test
  void theOracleAnswerPassesEveryCase() {
    EvalReport report = eval.run("baseline/oracle", CASES, Baselines::oracle);
    assertThat(report.scores())
        .allSatisfy(s -> assertThat(s.problems()).as(s.caseName()).isEmpty())
        .allMatch(EvalScore::passed);
    assertThat(report.passRate()).isEqualTo(1.0);
  }

  @Test
  void theNaiveHeuristicPassesOnlyWhereTheDeepestAbnormalNodeIsTheCauseAndNoActionIsRight() {
    EvalReport report = eval.run("baseline/naive", CASES, c -> Baselines.naive(CONFIG.tree()));
    assertThat(report.scores()).allMatch(EvalScore::valid);
    assertThat(report.scores().stream().filter(EvalScore::passed).map(EvalScore::caseName))
        .containsExactly("redis-out-of-memory", "upstream-feed-down");
    assertThat(report.scores().stream().filter(s -> !s.rootCause()).map(EvalScore::caseName))
        .containsExactly("kafka-not-enough-replicas", "bad-deploy-blames-redis");
  }

  @Test
  void evidenceTheToolsNeverReturnedFailsTheCaseEvenWithTheRightRootCause() {
    EvalCase c = named("poison-message");
    EvalScore score =
        eval.score(c, answering(c.rootCause().value(), "\"offset 99999 is corrupt\""));
    assertThat(score.rootCause()).isTrue();
    assertThat(score.valid()).isFalse();
    assertThat(score.passed()).isFalse();
    assertThat(score.problems()).anyMatch(p -> p.contains("was never observed"));
  }

  @Test
  void aProposedActionOutsideTheAcceptableOnesFailsTheCase() {
    EvalCase c = named("upstream-feed-down");
    EvalScore score = eval.score(c, Baselines.oracle(named("websocket-client-hung")));
    assertThat(score.rootCause()).isFalse();
    assertThat(score.action()).isFalse();
    assertThat(score.passed()).isFalse();
  }

  @Test
  void aCallNobodyRecordedIsAnsweredWithASentenceNotAnError() {
    RecordedToolbox tools = new RecordedToolbox(named("poison-message"));
    assertThat(tools.call("log_query", Map.of("node", "redis_instance")))
        .isEqualTo(RecordedToolbox.NOT_RECORDED);
    assertThat(tools.call("log_query", Map.of("node", "kafka_to_redis_consumer", "minutes", "30")))
        .contains("Deserialization failed at offset 48213");
  }

  @Test
  void aReasonerThatThrowsFailsItsCaseAndNotTheSuite() {
    Reasoner broken =
        new Reasoner() {
          @Override
          public String name() {
            return "broken";
          }

          @Override
          public Answer investigate(Investigation investigation, Toolbox tools) {
            throw new IllegalStateException("boom");
          }
        };
    EvalScore score = eval.score(named("poison-message"), broken);
    assertThat(score.passed()).isFalse();
    assertThat(score.problems()).containsExactly("failed: IllegalStateException");
  }

  @Test
  void noProviderIsConfiguredWithoutTheVariableAndABadOneIsNamedWithoutItsKey() {
    assertThat(ProviderReasoner.fromEnvironment(name -> null)).isEmpty();
    Map<String, String> env =
        Map.of("NIGHTSHIFT_EVAL_PROVIDER", "gemini", "NIGHTSHIFT_EVAL_API_KEY", "sk-secret-1");
    assertThatThrownBy(() -> ProviderReasoner.fromEnvironment(env::get))
        .hasMessageContaining("gemini")
        .hasMessageNotContaining("sk-secret-1");
  }

  @Test
  void aConfiguredProviderIsBuiltThroughTheAdapters() {
    Map<String, String> env =
        Map.of(
            "NIGHTSHIFT_EVAL_PROVIDER", "ollama",
            "NIGHTSHIFT_EVAL_MODEL", "llama3.1",
            "NIGHTSHIFT_EVAL_URL", "http://127.0.0.1:1");
    assertThat(ProviderReasoner.fromEnvironment(env::get))
        .hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("ollama/llama3.1"));
  }

  @Test
  void theReportIsATableWithOneRowPerCase() {
    EvalReport report = eval.run("baseline/oracle", CASES, Baselines::oracle);
    String md = report.markdown();
    assertThat(md)
        .startsWith("### baseline/oracle\n\nPassed " + CASES.size() + " of " + CASES.size());
    assertThat(
            md.lines().filter(l -> l.startsWith("| ") && l.contains(" | yes | yes | yes | yes |")))
        .hasSize(CASES.size());
  }

  private static EvalCase named(String name) {
    return CASES.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  private static Reasoner answering(String rootCause, String evidence) {
    return new Reasoner() {
      @Override
      public String name() {
        return "test";
      }

      @Override
      public Answer investigate(Investigation investigation, Toolbox tools) {
        return new Answer.Hypothesized(
            new Hypothesis(
                rootCause,
                "test",
                List.of(evidence),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                OptionalDouble.empty()),
            Usage.NONE);
      }
    };
  }
}
