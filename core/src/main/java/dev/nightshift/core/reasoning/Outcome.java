package dev.nightshift.core.reasoning;

import dev.nightshift.core.remediation.Action;
import java.util.List;
import java.util.Objects;

/** What asking the reasoner about one incident came to, after validation. */
public sealed interface Outcome {

  /** The outcome's name on the timeline, in the audit trail and in metrics. */
  default String kind() {
    return switch (this) {
      case Proposed p -> "proposed";
      case Explained e -> "explained";
      case Rejected r -> "rejected";
      case Unanswered u -> "unanswered";
    };
  }

  /** A validated hypothesis with an action from the catalog, for the policy gate. */
  record Proposed(Hypothesis hypothesis, Action action, String reasoner, boolean cached)
      implements Outcome {
    public Proposed {
      Objects.requireNonNull(hypothesis, "hypothesis");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(reasoner, "reasoner");
    }
  }

  /** A validated hypothesis without an action: a human gets it with the report. */
  record Explained(Hypothesis hypothesis, String reasoner, boolean cached) implements Outcome {
    public Explained {
      Objects.requireNonNull(hypothesis, "hypothesis");
      Objects.requireNonNull(reasoner, "reasoner");
    }
  }

  /** A hypothesis the validator (or the confirming model) refused, with every reason. */
  record Rejected(Hypothesis hypothesis, List<String> problems, String reasoner, boolean cached)
      implements Outcome {
    public Rejected {
      Objects.requireNonNull(hypothesis, "hypothesis");
      problems = List.copyOf(problems);
      Objects.requireNonNull(reasoner, "reasoner");
    }
  }

  /** No hypothesis: no answer, over budget, not asked. */
  record Unanswered(String reason) implements Outcome {
    public Unanswered {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
