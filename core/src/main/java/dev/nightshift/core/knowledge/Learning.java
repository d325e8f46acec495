package dev.nightshift.core.knowledge;

import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.audit.AuditTrail;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The learning loop's decisions: an incident's {@link Draft} becomes a proposed known error, and
 * only a human's approval (as drafted or edited) makes it one the agent matches. Every proposal and
 * decision is checked by the same reader as known_errors.yaml and audited.
 */
public final class Learning {

  private final KnownErrors known;
  private final LearnedKnownErrors learned;
  private final KnownErrorReader reader;
  private final AuditTrail audit;
  private final Clock clock;

  public Learning(
      KnownErrors known,
      LearnedKnownErrors learned,
      KnownErrorReader reader,
      AuditTrail audit,
      Clock clock) {
    this.known = known;
    this.learned = learned;
    this.reader = reader;
    this.audit = audit;
    this.clock = clock;
  }

  /** Proposes what an incident taught; invalid when the draft would not load as a known error. */
  public Checked<LearnedKnownError> propose(Draft draft, String source) {
    String yaml = draft.yaml();
    if (reader.knownError(yaml) instanceof Checked.Invalid<KnownError> invalid) {
      return new Checked.Invalid<>(invalid.problems());
    }
    if (known.find(draft.id()).isPresent() || learned.find(draft.id()).isPresent()) {
      return invalid(draft.id() + " was proposed already");
    }
    LearnedKnownError proposal =
        LearnedKnownError.proposed(draft.id(), yaml, draft.incident(), source, clock.instant());
    if (!learned.propose(proposal)) {
      return invalid(draft.id() + " was proposed already");
    }
    audit(source, "known_error.proposed", draft.id(), "learned from incident " + draft.incident());
    return new Checked.Ok<>(proposal);
  }

  /**
   * Approves a proposal, as drafted or with {@code edited} text in its place, and makes it active.
   * The id stays the proposal's: an edit changes what it matches and does, not what it is called.
   */
  public Checked<LearnedKnownError> approve(KnownErrorId id, String by, Optional<String> edited) {
    Optional<LearnedKnownError> proposal = pending(id);
    if (proposal.isEmpty()) {
      return notPending(id);
    }
    String yaml = edited.orElse(proposal.get().yaml());
    KnownError error;
    switch (reader.knownError(yaml)) {
      case Checked.Invalid<KnownError> invalid -> {
        return new Checked.Invalid<>(invalid.problems());
      }
      case Checked.Ok<KnownError> ok -> error = ok.value();
    }
    if (!error.id().equals(id)) {
      return invalid("the edited known error must keep its id " + id + ", not " + error.id());
    }
    if (known.isConfigured(id)) { // approving would record it active while the file's one wins
      return invalid(id + " is configured in known_errors.yaml now: change it there");
    }
    Optional<LearnedKnownError> decided =
        learned.decide(
            proposal
                .get()
                .decided(
                    LearnedState.APPROVED,
                    yaml,
                    by,
                    clock.instant(),
                    edited.map(e -> "edited before approval")));
    if (decided.isEmpty()) {
      return notPending(id);
    }
    known.activate(error);
    audit(by, "known_error.approved", id, edited.isPresent() ? "approved as edited" : "approved");
    return new Checked.Ok<>(decided.get());
  }

  public Checked<LearnedKnownError> reject(KnownErrorId id, String by, Optional<String> why) {
    Optional<LearnedKnownError> proposal = pending(id);
    Optional<LearnedKnownError> decided =
        proposal.flatMap(p ->
            learned.decide(p.decided(LearnedState.REJECTED, p.yaml(), by, clock.instant(), why)));
    if (decided.isEmpty()) {
      return notPending(id);
    }
    audit(by, "known_error.rejected", id, why.orElse("rejected"));
    return new Checked.Ok<>(decided.get());
  }

  /**
   * Makes every approved known error active again after a start; one that no longer loads against
   * today's configuration stays out and is named in the returned problems.
   */
  public List<String> activateApproved() {
    List<String> problems = new ArrayList<>();
    for (LearnedKnownError entry : learned.all().reversed()) {
      if (entry.state() != LearnedState.APPROVED) {
        continue;
      }
      switch (reader.knownError(entry.yaml())) {
        case Checked.Ok<KnownError> ok -> {
          if (!known.activate(ok.value())) {
            problems.add(entry.id() + " is configured in known_errors.yaml; the file's wins");
          }
        }
        case Checked.Invalid<KnownError> invalid ->
            problems.add(entry.id() + " no longer loads: " + String.join("; ", invalid.problems()));
      }
    }
    return problems;
  }

  /** Learned known errors in known_errors.yaml's format, to be added to the file. */
  public String export(List<LearnedKnownError> entries) {
    if (entries.isEmpty()) {
      return "errors: []\n"; // "errors:" alone reads as null, not as no errors
    }
    StringBuilder out = new StringBuilder("errors:\n");
    for (LearnedKnownError entry : entries) {
      String[] lines = entry.yaml().strip().split("\n");
      out.append("  - ").append(lines[0]).append('\n');
      for (int i = 1; i < lines.length; i++) {
        out.append("    ").append(lines[i]).append('\n');
      }
    }
    return out.toString();
  }

  private Optional<LearnedKnownError> pending(KnownErrorId id) {
    return learned.find(id).filter(e -> e.state() == LearnedState.PROPOSED);
  }

  private Checked<LearnedKnownError> notPending(KnownErrorId id) {
    return invalid(
        learned
            .find(id)
            .map(e ->
                id + " was already " + e.state() + e.decidedBy().map(b -> " by " + b).orElse(""))
            .orElse("there is no learned known error " + id));
  }

  private static Checked<LearnedKnownError> invalid(String problem) {
    return new Checked.Invalid<>(List.of(problem));
  }

  private void audit(String actor, String kind, KnownErrorId id, String detail) {
    audit.append(new AuditRecord(clock.instant(), actor, kind, "known error " + id, detail));
  }
}
