package dev.nightshift.core.reasoning;

import dev.nightshift.core.knowledge.RunbookSearch;
import java.util.Objects;
import java.util.Optional;

/**
 * How an agent reasons about failures no known error explains: the model (none by default, and then
 * such failures are escalated with the full report), an optional second model that must confirm,
 * the limits, what is redacted, and where runbooks are searched.
 */
public record Reasoning(
    Optional<Reasoner> reasoner,
    Optional<Reasoner> confirmer,
    ReasonerSettings settings,
    Redactor redactor,
    RunbookSearch runbooks) {

  public static final Reasoning NONE =
      new Reasoning(
          Optional.empty(),
          Optional.empty(),
          ReasonerSettings.DEFAULTS,
          Redactor.credentialsOnly(),
          RunbookSearch.NONE);

  public Reasoning {
    Objects.requireNonNull(reasoner, "reasoner");
    Objects.requireNonNull(confirmer, "confirmer");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(redactor, "redactor");
    Objects.requireNonNull(runbooks, "runbooks");
  }
}
