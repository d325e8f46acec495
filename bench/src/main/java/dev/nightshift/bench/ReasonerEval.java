package dev.nightshift.bench;

import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.ConfigLoader;
import dev.nightshift.app.config.LoadResult;
import dev.nightshift.core.knowledge.Checked;
import dev.nightshift.core.reasoning.Answer;
import dev.nightshift.core.reasoning.HypothesisValidator;
import dev.nightshift.core.reasoning.Investigation;
import dev.nightshift.core.reasoning.Reasoner;
import dev.nightshift.core.reasoning.Usage;
import dev.nightshift.core.remediation.Action;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The reasoner evaluation, in the spirit of HolmesGPT's evals: each case replays a recorded
 * incident of the freshness pipeline to a reasoner and scores its answer automatically (root cause
 * right, action acceptable, hypothesis valid by the agent's own validator). The baselines run in
 * CI; a real provider runs from {@code main} when {@code NIGHTSHIFT_EVAL_PROVIDER} is set.
 */
public final class ReasonerEval {

  static final int MAX_STEPS = 10;
  static final Duration TIMEOUT = Duration.ofSeconds(120);

  private final Config config;
  private final HypothesisValidator validator;

  public ReasonerEval(Config config) {
    this.config = config;
    this.validator = new HypothesisValidator(config.tree(), config.reader());
  }

  /** The example's configuration, from the repository root or from a module directory. */
  public static Config freshnessPipeline() {
    Path here = Path.of("examples/freshness-pipeline");
    Path dir = Files.isDirectory(here) ? here : Path.of("../examples/freshness-pipeline");
    LoadResult loaded = new ConfigLoader(name -> Optional.empty()).load(dir);
    return loaded
        .config()
        .orElseThrow(
            () -> new IllegalStateException("cannot load " + dir + ": " + loaded.errors()));
  }

  /** Every case of the suite. */
  public static List<EvalCase> cases() {
    return EvalCases.all();
  }

  /** Scores the reasoner {@code reasoners} gives for each case. */
  public EvalReport run(String name, List<EvalCase> cases, Function<EvalCase, Reasoner> reasoners) {
    List<EvalScore> scores = new ArrayList<>();
    for (EvalCase c : cases) {
      scores.add(score(c, reasoners.apply(c)));
    }
    return new EvalReport(name, scores);
  }

  EvalScore score(EvalCase c, Reasoner reasoner) {
    RecordedToolbox tools = new RecordedToolbox(c);
    Investigation question =
        new Investigation(0, c.brief(), c.path(), config.reader().catalog(), MAX_STEPS, TIMEOUT);
    Answer answer;
    try {
      answer = reasoner.investigate(question, tools);
    } catch (RuntimeException e) { // a broken adapter fails its case, not the suite
      answer = new Answer.NoAnswer("failed: " + e.getClass().getSimpleName(), Usage.NONE);
    }
    return switch (answer) {
      case Answer.NoAnswer none ->
          new EvalScore(c.name(), false, false, false, "-", List.of(none.reason()), none.usage());
      case Answer.Hypothesized h -> {
        var hypothesis = h.hypothesis();
        boolean valid;
        List<String> problems;
        switch (validator.validate(hypothesis, c.path(), tools.observed())) {
          case Checked.Ok<Optional<Action>> ok -> {
            valid = true;
            problems = List.of();
          }
          case Checked.Invalid<Optional<Action>> invalid -> {
            valid = false;
            problems = invalid.problems();
          }
        }
        String action = hypothesis.action().map(a -> a.type()).orElse(EvalCase.NO_ACTION);
        yield new EvalScore(
            c.name(),
            hypothesis.rootCause().equals(c.rootCause().value()),
            c.actions().contains(action),
            valid,
            hypothesis.rootCause() + " / " + action,
            problems,
            h.usage());
      }
    };
  }

  /**
   * Runs the baselines, and the provider the environment configures, and prints each report as
   * Markdown.
   */
  public static void main(String[] args) {
    ReasonerEval eval = new ReasonerEval(freshnessPipeline());
    List<EvalCase> cases = cases();
    List<EvalReport> reports = new ArrayList<>();
    reports.add(eval.run("baseline/oracle", cases, Baselines::oracle));
    reports.add(eval.run("baseline/naive", cases, c -> Baselines.naive(eval.config.tree())));
    Optional<Reasoner> provider = ProviderReasoner.fromEnvironment(System::getenv);
    provider.ifPresent(p -> reports.add(eval.run(p.name(), cases, c -> p)));
    if (provider.isEmpty()) {
      System.out.println(
          "No provider: set NIGHTSHIFT_EVAL_PROVIDER (and _MODEL, _URL, _API_KEY).\n");
    }
    reports.forEach(r -> System.out.println(r.markdown()));
  }
}
