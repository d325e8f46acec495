package dev.nightshift.app.run;

import dev.nightshift.adapters.llm.Llm;
import dev.nightshift.adapters.retrieval.Retrieval;
import dev.nightshift.app.config.AgentSettings;
import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.LlmSettings;
import dev.nightshift.app.config.Secret;
import dev.nightshift.core.incident.IncidentStore;
import dev.nightshift.core.knowledge.RunbookSearch;
import dev.nightshift.core.reasoning.Reasoner;
import dev.nightshift.core.reasoning.Reasoning;
import dev.nightshift.core.reasoning.Redactor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the agent's reasoning from the configuration: the model and its confirmer through the
 * provider adapters, the runbook index, and a redactor that knows every secret of the
 * configuration. With {@code provider: none} it is {@link Reasoning#NONE}, and nothing changes.
 */
public final class Reasonings {

  /** Opens a client for one configured model. */
  @FunctionalInterface
  public interface Models {
    Reasoner open(LlmSettings.Provider provider);
  }

  /** Opens the search over a runbooks directory and the past incidents. */
  @FunctionalInterface
  public interface Runbooks {
    RunbookSearch open(Path dir, IncidentStore incidents, AgentSettings.RetrievalMode mode);
  }

  private final Models models;
  private final Runbooks runbooks;

  public Reasonings(Models models, Runbooks runbooks) {
    this.models = Objects.requireNonNull(models, "models");
    this.runbooks = Objects.requireNonNull(runbooks, "runbooks");
  }

  /** The providers this build ships with (OpenAI-compatible, Anthropic, Ollama). */
  public static Reasonings standard() {
    return new Reasonings(
        p ->
            Llm.reasoner(
                new Llm.Settings(
                    p.name(),
                    p.model().orElseThrow(),
                    p.url(),
                    p.apiKey().map(Secret::reveal),
                    p.timeout())),
        (dir, incidents, mode) ->
            Retrieval.open(dir, incidents, Retrieval.Mode.valueOf(mode.name())));
  }

  /**
   * The reasoning {@code config} asks for; {@code incidents} are searched with the runbooks.
   * Without a model the runbooks are still searched, for the reports' pointers.
   */
  public Reasoning build(Config config, IncidentStore incidents) {
    AgentSettings settings = config.agent();
    LlmSettings llm = settings.llm();
    return new Reasoning(
        llm.isEnabled() ? Optional.of(models.open(llm.provider())) : Optional.empty(),
        llm.isEnabled() ? llm.confirm().map(models::open) : Optional.empty(),
        llm.limits(),
        redactor(settings),
        runbooks.open(settings.files().runbooks(), incidents, settings.retrieval()));
  }

  /** Every secret of the configuration, and the patterns the operator chose. */
  public static Redactor redactor(AgentSettings settings) {
    Set<String> secrets = new LinkedHashSet<>();
    settings.secrets().stream().map(Secret::reveal).forEach(secrets::add);
    List<Pattern> patterns = new ArrayList<>(Redactor.named(settings.llm().redact()));
    patterns.addAll(settings.llm().redactPatterns());
    return new Redactor(secrets, patterns);
  }
}
