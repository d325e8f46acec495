package dev.nightshift.bench;

import dev.nightshift.core.remediation.StepSpec;
import dev.nightshift.core.topology.NodeId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One case of the reasoner evaluation: what the agent would hand a model (the brief, the walked
 * path), what its tools answered when the failure was recorded, and what a good answer is.
 *
 * @param recorded the tool outputs, each keyed by tool and the arguments it was called with
 * @param rootCause the node a correct answer blames
 * @param actions the acceptable action types; {@link #NO_ACTION} when proposing nothing is right
 * @param evidence what the oracle quotes: text found in the recorded outputs or the brief
 * @param fix the oracle's proposal, if the case has one
 */
public record EvalCase(
    String name,
    String description,
    String brief,
    List<NodeId> path,
    List<Recorded> recorded,
    NodeId rootCause,
    List<String> actions,
    List<String> evidence,
    Optional<StepSpec> fix) {

  /** In {@code actions}: proposing no action is acceptable. */
  public static final String NO_ACTION = "none";

  /** A tool's answer to a call whose arguments include {@code args}. */
  public record Recorded(String tool, java.util.Map<String, String> args, String output) {
    public Recorded {
      Objects.requireNonNull(tool, "tool");
      args = java.util.Map.copyOf(args);
      Objects.requireNonNull(output, "output");
    }

    boolean answers(String name, java.util.Map<String, String> call) {
      return tool.equals(name)
          && args.entrySet().stream().allMatch(e -> e.getValue().equals(call.get(e.getKey())));
    }
  }

  public EvalCase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(brief, "brief");
    path = List.copyOf(path);
    recorded = List.copyOf(recorded);
    Objects.requireNonNull(rootCause, "rootCause");
    actions = List.copyOf(actions);
    if (actions.isEmpty()) {
      throw new IllegalArgumentException(name + ": list the acceptable actions, or none");
    }
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(fix, "fix");
  }
}
