package dev.nightshift.app.run;

import dev.nightshift.app.config.LlmSettings;
import dev.nightshift.core.reasoning.ReasonerSettings;
import java.util.Locale;

/** The one line {@code validate} and {@code run} print about the configured reasoner. */
public final class ReasonerLine {

  private ReasonerLine() {}

  /**
   * {@code reasoner: none — novel errors are escalated with the full report}, or the model, its
   * confirmer and its budgets.
   */
  public static String of(LlmSettings llm) {
    if (!llm.isEnabled()) {
      return "reasoner: none — novel errors are escalated with the full report";
    }
    ReasonerSettings l = llm.limits();
    return "reasoner: "
        + llm.provider().label()
        + llm.confirm().map(c -> ", confirm: " + c.label()).orElse("")
        + ", budget "
        + budget(l.tokensPerIncident(), l.costPerIncident())
        + " an incident, "
        + budget(l.tokensPerDay(), l.costPerDay())
        + " a day, "
        + l.maxSteps()
        + " steps, "
        + (l.proposalsNeedApproval() ? "proposals need approval" : "the policy decides proposals");
  }

  private static String budget(long tokens, double cost) {
    return tokens + " tokens" + (cost > 0 ? String.format(Locale.ROOT, " / %.2f", cost) : "");
  }
}
