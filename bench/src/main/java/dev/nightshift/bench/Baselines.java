package dev.nightshift.bench;

import dev.nightshift.core.reasoning.Answer;
import dev.nightshift.core.reasoning.Hypothesis;
import dev.nightshift.core.reasoning.Investigation;
import dev.nightshift.core.reasoning.Reasoner;
import dev.nightshift.core.reasoning.Toolbox;
import dev.nightshift.core.reasoning.Usage;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.NodeId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two reasoners the evaluation measures itself with, no model needed: an oracle that answers
 * what the case expects (the scorer must pass it) and a naive heuristic that blames the deepest
 * abnormal node of the brief and proposes nothing (what a model must beat).
 */
final class Baselines {

  /** A node line of a walk in the brief: " ✗ node — unhealthy: ..." (✗ unhealthy, ~ degraded). */
  private static final Pattern ABNORMAL = Pattern.compile("(?m)^\\s*[✗~] ([a-z0-9_.-]+) — (.*)$");

  private Baselines() {}

  /** Answers with the case's expected root cause, evidence and fix, after reading every record. */
  static Reasoner oracle(EvalCase c) {
    return new Reasoner() {
      @Override
      public String name() {
        return "baseline/oracle";
      }

      @Override
      public Answer investigate(Investigation investigation, Toolbox tools) {
        c.recorded().forEach(r -> tools.call(r.tool(), r.args()));
        Hypothesis h =
            new Hypothesis(
                c.rootCause().value(),
                "The expected answer of case " + c.name() + ".",
                c.evidence(),
                c.fix(),
                Optional.empty(),
                List.of(),
                OptionalDouble.of(1.0));
        return new Answer.Hypothesized(h, Usage.NONE);
      }
    };
  }

  /** Blames the deepest node the brief marks unhealthy or degraded; quotes its line. */
  static Reasoner naive(DependencyTree tree) {
    return new Reasoner() {
      @Override
      public String name() {
        return "baseline/naive";
      }

      @Override
      public Answer investigate(Investigation investigation, Toolbox tools) {
        Matcher m = ABNORMAL.matcher(investigation.brief());
        Optional<Abnormal> deepest = Optional.empty();
        Comparator<Abnormal> byDepth = Comparator.comparingInt(Abnormal::depth);
        while (m.find()) {
          if (!NodeId.isValid(m.group(1)) || tree.node(new NodeId(m.group(1))).isEmpty()) {
            continue;
          }
          Abnormal a =
              new Abnormal(m.group(1), m.group(0).strip(), depth(tree, new NodeId(m.group(1))));
          deepest = deepest.filter(d -> byDepth.compare(d, a) >= 0).or(() -> Optional.of(a));
        }
        return deepest
            .<Answer>map(a ->
                new Answer.Hypothesized(
                    new Hypothesis(
                        a.node(),
                        "The deepest node the walk found abnormal.",
                        List.of("\"" + quotable(a.line()) + "\""),
                        Optional.empty(),
                        Optional.empty(),
                        List.of("Check " + a.node() + " by hand."),
                        OptionalDouble.empty()),
                    Usage.NONE))
            .orElseGet(() -> new Answer.NoAnswer("the brief marks no node abnormal", Usage.NONE));
      }
    };
  }

  private record Abnormal(String node, String line, int depth) {}

  /** How many dependency edges lie between the node and the top of its tree, at most. */
  static int depth(DependencyTree tree, NodeId node) {
    return tree.parents(node).stream().mapToInt(p -> depth(tree, p) + 1).max().orElse(0);
  }

  // A quote ends at the first quote character: the validator reads "..." as the quote's bounds.
  private static String quotable(String line) {
    int cut = line.length();
    for (char q : new char[] {'"', '“', '”', '`'}) {
      int at = line.indexOf(q);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    return line.substring(0, cut).strip();
  }
}
