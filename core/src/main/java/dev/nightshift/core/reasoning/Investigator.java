package dev.nightshift.core.reasoning;

import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.audit.AuditTrail;
import dev.nightshift.core.diagnosis.Diagnosis;
import dev.nightshift.core.diagnosis.DiagnosisText;
import dev.nightshift.core.diagnosis.NodeFinding;
import dev.nightshift.core.knowledge.Checked;
import dev.nightshift.core.remediation.Action;
import dev.nightshift.core.topology.NodeId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the reasoner about one unexplained failure, within the budgets: answered from the cache when
 * the same failure was asked about before, else through the audited read-only tools; the answer is
 * validated (and, when configured, confirmed by a second model) before anything may act on it.
 */
public final class Investigator {

  /** How many failures' answers are kept. */
  static final int CACHE_SIZE = 256;

  /** Everything an investigator is built from. */
  public record Setup(
      Reasoner reasoner,
      Optional<Reasoner> confirmer,
      ReasonerSettings settings,
      Redactor redactor,
      Toolbox tools,
      HypothesisValidator validator,
      List<String> catalog,
      SpendLedger ledger,
      AuditTrail audit,
      Clock clock) {}

  private record Cached(Outcome outcome, Instant at) {}

  private final Setup s;
  private final Budget budget;
  private final ReasonerStats stats = new ReasonerStats();
  private final Map<String, Cached> cache =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  public Investigator(Setup setup) {
    this.s = setup;
    this.budget = new Budget(setup.settings(), setup.ledger(), setup.clock());
  }

  public ReasonerStats stats() {
    return stats;
  }

  /** Tokens and cost spent since midnight UTC. */
  public Spend.Total spentToday() {
    return budget.today();
  }

  public ReasonerSettings settings() {
    return s.settings();
  }

  public String name() {
    return s.reasoner().name();
  }

  /** Investigates the failure {@code diagnosis} found for {@code incident}. */
  public Outcome investigate(long incident, Diagnosis diagnosis, String trigger) {
    String key = FailureKey.of(diagnosis);
    Optional<Outcome> cached = cached(key);
    if (cached.isPresent()) {
      stats.countCacheHit();
      audit(incident, "reasoner.cached", "the same failure was investigated before: reused");
      return cached.get();
    }
    Optional<String> refusal = budget.refusal(incident);
    if (refusal.isPresent()) {
      stats.countOverBudget();
      audit(incident, "reasoner.over_budget", refusal.get());
      Outcome over = new Outcome.Unanswered("not asked: " + refusal.get());
      stats.outcome(over);
      return over;
    }
    List<NodeId> path = diagnosis.findings().stream().map(NodeFinding::node).toList();
    String brief = s.redactor().redact(brief(incident, diagnosis, trigger));
    audit(incident, "reasoner.asked", "asked " + name() + " about " + path);
    AuditedToolbox tools = toolbox(s.reasoner(), incident);
    Answer answer = ask(s.reasoner(), investigation(incident, brief, path), tools);
    Outcome outcome = judge(answer, path, observed(brief, tools), incident);
    if (s.confirmer().isPresent() && !(outcome instanceof Outcome.Rejected)) {
      outcome = confirm(outcome, incident, brief, path);
    }
    if (!(outcome instanceof Outcome.Unanswered)) {
      synchronized (cache) {
        cache.put(key, new Cached(outcome, s.clock().instant()));
      }
    }
    stats.outcome(outcome);
    audit(incident, "reasoner." + outcome.kind(), describe(outcome));
    return outcome;
  }

  private Optional<Outcome> cached(String key) {
    synchronized (cache) {
      Cached c = cache.get(key);
      if (c == null || !s.clock().instant().isBefore(c.at().plus(s.settings().cacheTtl()))) {
        return Optional.empty();
      }
      return Optional.of(
          switch (c.outcome()) {
            case Outcome.Proposed p ->
                new Outcome.Proposed(p.hypothesis(), p.action(), p.reasoner(), true);
            case Outcome.Explained e -> new Outcome.Explained(e.hypothesis(), e.reasoner(), true);
            case Outcome.Rejected r ->
                new Outcome.Rejected(r.hypothesis(), r.problems(), r.reasoner(), true);
            case Outcome.Unanswered u -> u;
          });
    }
  }

  private Investigation investigation(long incident, String brief, List<NodeId> path) {
    return new Investigation(
        incident, brief, path, s.catalog(), s.settings().maxSteps(), s.settings().timeout());
  }

  private AuditedToolbox toolbox(Reasoner reasoner, long incident) {
    return new AuditedToolbox(
        s.tools(), s.redactor(), s.audit(), s.clock(), reasoner.name(), incident, stats);
  }

  private Answer ask(Reasoner reasoner, Investigation investigation, Toolbox tools) {
    Answer answer;
    try {
      answer = reasoner.investigate(investigation, tools);
    } catch (RuntimeException e) { // an adapter's bug is a missing answer, not a dead agent
      answer =
          new Answer.NoAnswer(
              reasoner.name() + " failed: " + e.getClass().getSimpleName(), Usage.NONE);
    }
    stats.used(answer.usage());
    Spend spend = budget.spend(investigation.incident(), reasoner.name(), answer.usage());
    audit(
        investigation.incident(),
        "reasoner.usage",
        reasoner.name()
            + ": "
            + answer.usage().calls()
            + " calls, "
            + answer.usage().inputTokens()
            + " input and "
            + answer.usage().outputTokens()
            + " output tokens, cost "
            + String.format("%.4f", spend.cost()));
    return answer;
  }

  private static List<String> observed(String brief, AuditedToolbox tools) {
    List<String> observed = new ArrayList<>(tools.observed());
    observed.add(brief);
    return observed;
  }

  private Outcome judge(Answer answer, List<NodeId> path, List<String> observed, long incident) {
    return switch (answer) {
      case Answer.NoAnswer none -> new Outcome.Unanswered(none.reason());
      case Answer.Hypothesized h ->
          switch (s.validator().validate(h.hypothesis(), path, observed)) {
            case Checked.Invalid<Optional<Action>> invalid ->
                new Outcome.Rejected(h.hypothesis(), invalid.problems(), name(), false);
            case Checked.Ok<Optional<Action>> ok ->
                ok.value()
                    .<Outcome>map(a -> new Outcome.Proposed(h.hypothesis(), a, name(), false))
                    .orElseGet(() -> new Outcome.Explained(h.hypothesis(), name(), false));
          };
    };
  }

  // The second model investigates for itself, told what the first concluded; it confirms only by
  // blaming the same node and proposing the same kind of action.
  private Outcome confirm(Outcome outcome, long incident, String brief, List<NodeId> path) {
    Hypothesis first =
        switch (outcome) {
          case Outcome.Proposed p -> p.hypothesis();
          case Outcome.Explained e -> e.hypothesis();
          case Outcome.Rejected r -> r.hypothesis();
          case Outcome.Unanswered u -> null;
        };
    if (first == null) {
      return outcome;
    }
    Reasoner second = s.confirmer().orElseThrow();
    String question =
        brief
            + "\n\nA first investigator concluded that the root cause is "
            + first.rootCause()
            + (first.action().map(a -> ", to be fixed with " + a.type()).orElse(""))
            + ": "
            + first.explanation()
            + "\nCheck this with the tools and answer with your own hypothesis.";
    Answer answer = ask(second, investigation(incident, question, path), toolbox(second, incident));
    List<String> problems = new ArrayList<>();
    switch (answer) {
      case Answer.NoAnswer none ->
          problems.add(second.name() + " did not confirm: " + none.reason());
      case Answer.Hypothesized h -> {
        if (!h.hypothesis().rootCause().equals(first.rootCause())) {
          problems.add(second.name() + " did not confirm: it blames " + h.hypothesis().rootCause());
        }
        String mine = first.action().map(a -> a.type()).orElse("no action");
        String theirs = h.hypothesis().action().map(a -> a.type()).orElse("no action");
        if (!mine.equals(theirs)) {
          problems.add(second.name() + " did not confirm the action: it proposes " + theirs);
        }
      }
    }
    return problems.isEmpty() ? outcome : new Outcome.Rejected(first, problems, name(), false);
  }

  private static String brief(long incident, Diagnosis diagnosis, String trigger) {
    return "Incident "
        + incident
        + " on the SLA "
        + diagnosis.sla()
        + ": "
        + trigger
        + "\nNo known error explains it. What the walk of the dependency tree found:\n"
        + DiagnosisText.render(diagnosis);
  }

  /** The outcome in one sentence, for the timeline and the audit trail. */
  public static String describe(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Proposed p ->
          p.reasoner()
              + (p.cached() ? " (cached)" : "")
              + " blames "
              + p.hypothesis().rootCause()
              + " and proposes "
              + p.hypothesis().action().orElseThrow().type()
              + ": "
              + p.hypothesis().explanation();
      case Outcome.Explained e ->
          e.reasoner()
              + (e.cached() ? " (cached)" : "")
              + " blames "
              + e.hypothesis().rootCause()
              + " without an action: "
              + e.hypothesis().explanation();
      case Outcome.Rejected r ->
          "the hypothesis of "
              + r.reasoner()
              + (r.cached() ? " (cached)" : "")
              + " was rejected: "
              + String.join("; ", r.problems());
      case Outcome.Unanswered u -> "no hypothesis: " + u.reason();
    };
  }

  private void audit(long incident, String kind, String detail) {
    s.audit()
        .append(new AuditRecord(s.clock().instant(), name(), kind, "incident " + incident, detail));
  }
}
