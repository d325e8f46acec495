package dev.nightshift.app.drill;

import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.yaml.Problem;
import dev.nightshift.core.knowledge.RunbookSearch;
import dev.nightshift.core.reasoning.Reasoner;
import dev.nightshift.core.reasoning.ReasonerSettings;
import dev.nightshift.core.reasoning.Reasoning;
import dev.nightshift.core.reasoning.Redactor;
import dev.nightshift.sim.ScriptedReasoner;
import dev.nightshift.sim.drill.AgentSetup;
import dev.nightshift.sim.scenario.Scenario;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scenario file as read: the scenario and the configuration it names when neither has an error,
 * and every problem found in the scenario, in the configuration, and between the two.
 */
public record ScenarioResult(
    Optional<Scenario> scenario, Optional<Config> config, List<Problem> problems) {

  public ScenarioResult {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(config, "config");
    problems = List.copyOf(problems);
    boolean errors = problems.stream().anyMatch(Problem::isError);
    if (errors && scenario.isPresent()) {
      throw new IllegalArgumentException("a scenario with errors cannot be valid");
    }
    if (scenario.isPresent() != config.isPresent()) {
      throw new IllegalArgumentException("a valid scenario comes with its configuration");
    }
  }

  /** Whether the drill can run: the scenario and its configuration read without an error. */
  public boolean isValid() {
    return scenario.isPresent();
  }

  /** What the agent knows and may do in this scenario: its configuration's tree, errors, policy. */
  public AgentSetup setup() {
    return setup(Reasoning.NONE);
  }

  /**
   * The same, reasoning about novel errors as {@code reasoning} says (the configured model), unless
   * the scenario scripts its own reasoner.
   */
  public AgentSetup setup(Reasoning reasoning) {
    Config c = config.orElseThrow(() -> new IllegalStateException("the scenario has errors"));
    return new AgentSetup(
        c.tree(),
        c.knownErrors(),
        c.reader(),
        scriptedOr(reasoning),
        c.policy(),
        c.agent().slaCheckInterval(),
        c.agent().maxConcurrentIncidents());
  }

  /**
   * The scenario's scripted reasoner, else {@code otherwise}; each call makes a new one, so each
   * run counts its own calls.
   */
  private Reasoning scriptedOr(Reasoning otherwise) {
    return scenario
        .flatMap(Scenario::reasoner)
        .map(script ->
            new Reasoning(
                Optional.<Reasoner>of(new ScriptedReasoner(script)),
                Optional.empty(),
                ReasonerSettings.DEFAULTS,
                Redactor.credentialsOnly(),
                RunbookSearch.NONE))
        .orElse(otherwise);
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }
}
