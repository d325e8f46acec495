package dev.nightshift.app.learning;

import dev.nightshift.app.config.Config;
import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.knowledge.Checked;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.knowledge.KnownErrorReader;
import dev.nightshift.core.knowledge.KnownErrors;
import dev.nightshift.core.knowledge.LearnedKnownError;
import dev.nightshift.core.knowledge.LearnedState;
import dev.nightshift.core.knowledge.Learning;
import dev.nightshift.core.pipeline.Agent;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.pipeline.Teaching;
import dev.nightshift.core.remediation.StepSpec;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where humans decide on learned known errors, wherever they answer from (API, CLI, chat): each
 * answer becomes an {@link Outcome} that says whether it was taken, refused as invalid, too late
 * (and who was first), or about nothing known. {@link Learning} and {@link Teaching} audit.
 */
public final class LearningDesk {

  /** What a human's answer came to. */
  public sealed interface Outcome {

    /** Taken: the entry as it now stands. */
    record Done(LearnedKnownError entry) implements Outcome {
      public Done {
        Objects.requireNonNull(entry, "entry");
      }
    }

    /** Refused: what is wrong with it (e.g. an edit that would not load). */
    record Invalid(List<String> problems) implements Outcome {
      public Invalid {
        problems = List.copyOf(problems);
      }
    }

    /** Too late: someone decided first. */
    record AlreadyDecided(LearnedKnownError entry) implements Outcome {
      public String reason() {
        return alreadyDecided(entry);
      }
    }

    /** About nothing known: no such learned known error or incident. */
    record NotFound(String reason) implements Outcome {}
  }

  private final Learning learning;
  private final Teaching teaching;
  private final KnownErrorReader reader;
  private final Stores stores;
  private final List<Listener> listeners;

  /** Told of every approval taken, e.g. to open a pull request; must not throw or block long. */
  @FunctionalInterface
  public interface Listener {
    void approved(LearnedKnownError entry, String by);
  }

  public LearningDesk(
      Learning learning,
      Teaching teaching,
      KnownErrorReader reader,
      Stores stores,
      List<Listener> listeners) {
    this.learning = Objects.requireNonNull(learning, "learning");
    this.teaching = Objects.requireNonNull(teaching, "teaching");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.stores = Objects.requireNonNull(stores, "stores");
    this.listeners = List.copyOf(listeners);
  }

  /** The same desk, also telling {@code listener} of each approval taken. */
  public LearningDesk(LearningDesk desk, Listener listener) {
    this(
        desk.learning,
        desk.teaching,
        desk.reader,
        desk.stores,
        java.util.stream.Stream.concat(
                desk.listeners.stream(), java.util.stream.Stream.of(listener))
            .toList());
  }

  /** The running agent's desk: an approval activates the known error at once. */
  public static LearningDesk of(
      Agent agent, Config config, Stores stores, List<Listener> listeners) {
    return new LearningDesk(agent.learning(), agent.teaching(), config.reader(), stores, listeners);
  }

  /**
   * A desk straight on the store, for the command line without a running agent: approvals become
   * active when the agent next starts.
   */
  public static LearningDesk local(Config config, Stores stores, Clock clock) {
    Learning learning =
        new Learning(
            new KnownErrors(config.knownErrors()),
            stores.learned(),
            config.reader(),
            stores.audit(),
            clock);
    return new LearningDesk(
        learning, new Teaching(stores, learning, clock), config.reader(), stores, List.of());
  }

  /** Every learned known error, newest first. */
  public List<LearnedKnownError> all() {
    return stores.learned().all();
  }

  public List<LearnedKnownError> proposed() {
    return all().stream().filter(e -> e.state() == LearnedState.PROPOSED).toList();
  }

  public Optional<LearnedKnownError> find(String id) {
    return KnownErrorId.isValid(id)
        ? stores.learned().find(new KnownErrorId(id))
        : Optional.empty();
  }

  /** What the entry says, read against today's configuration; empty when it no longer loads. */
  public Optional<KnownError> read(LearnedKnownError entry) {
    return reader.knownError(entry.yaml()) instanceof Checked.Ok<KnownError> ok
        ? Optional.of(ok.value())
        : Optional.empty();
  }

  /** Approves a proposal as drafted, or as {@code edited} (the whole entry in YAML). */
  public Outcome approve(String id, String by, Optional<String> edited) {
    Outcome outcome = decide(id, key -> learning.approve(key, by, edited));
    if (outcome instanceof Outcome.Done done) {
      listeners.forEach(l -> l.approved(done.entry(), by));
    }
    return outcome;
  }

  public Outcome reject(String id, String by, Optional<String> reason) {
    return decide(id, key -> learning.reject(key, by, reason.filter(r -> !r.isBlank())));
  }

  /** Records what a human says fixed a closed incident: it becomes a proposal to approve. */
  public Outcome recordFix(
      long incident,
      String rootCause,
      List<StepSpec> steps,
      Optional<String> metricCondition,
      String by) {
    if (incident < 1 || stores.incidents().find(new IncidentId(incident)).isEmpty()) {
      return new Outcome.NotFound("there is no incident " + incident);
    }
    return outcome(
        teaching.recordFix(
            new IncidentId(incident),
            rootCause.strip(),
            steps,
            metricCondition.filter(m -> !m.isBlank()).map(String::strip),
            by));
  }

  /** The approved learned known errors (and the proposed ones too with {@code all}) as YAML. */
  public String export(boolean all) {
    return learning.export(
        all().reversed().stream()
            .filter(e ->
                e.state() == LearnedState.APPROVED || (all && e.state() == LearnedState.PROPOSED))
            .toList());
  }

  /** The sentence for an answer that came too late: "learned-12 was already approved by ...". */
  public static String alreadyDecided(LearnedKnownError e) {
    return e.id()
        + " was already "
        + e.state()
        + e.decidedBy().map(by -> " by " + by).orElse("")
        + e.decidedAt().map(at -> " at " + at).orElse("");
  }

  private interface Decision {
    Checked<LearnedKnownError> apply(KnownErrorId id);
  }

  private Outcome decide(String id, Decision decision) {
    Optional<LearnedKnownError> before = find(id);
    if (before.isEmpty()) {
      return new Outcome.NotFound("there is no learned known error " + id);
    }
    if (before.get().state() != LearnedState.PROPOSED) {
      return new Outcome.AlreadyDecided(before.get());
    }
    Checked<LearnedKnownError> result = decision.apply(before.get().id());
    if (result instanceof Checked.Invalid<LearnedKnownError>) {
      // Another human may have decided between the look and the compare-and-set.
      Optional<LearnedKnownError> now = find(id);
      if (now.isPresent() && now.get().state() != LearnedState.PROPOSED) {
        return new Outcome.AlreadyDecided(now.get());
      }
    }
    return outcome(result);
  }

  private static Outcome outcome(Checked<LearnedKnownError> result) {
    return switch (result) {
      case Checked.Ok<LearnedKnownError> ok -> new Outcome.Done(ok.value());
      case Checked.Invalid<LearnedKnownError> bad -> new Outcome.Invalid(bad.problems());
    };
  }
}
