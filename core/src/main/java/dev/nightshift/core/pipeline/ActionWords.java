package dev.nightshift.core.pipeline;

import dev.nightshift.core.policy.Verdict;
import dev.nightshift.core.remediation.Action;
import java.util.LinkedHashMap;
import java.util.Map;

/** How an action and the gate's verdict on it read in the timeline: words and facts. */
final class ActionWords {

  private ActionWords() {}

  static String describe(Action action) {
    return action.type()
        + " on "
        + action.target()
        + action.purpose().map(p -> " (" + p + ")").orElse("");
  }

  static String verdictName(Verdict verdict) {
    return switch (verdict) {
      case Verdict.Allow a -> "allow";
      case Verdict.Intend i -> "intend";
      case Verdict.Hold h -> "hold";
      case Verdict.NeedsApproval n -> "needs approval";
      case Verdict.Deny d -> "deny";
    };
  }

  static Map<String, String> facts(Action action) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("action", action.type());
    facts.put("target", action.target().resource());
    action.target().node().ifPresent(n -> facts.put("node", n.toString()));
    facts.put("class", action.actionClass().toString());
    return facts;
  }

  static Map<String, String> facts(Action action, Verdict verdict) {
    Map<String, String> facts = facts(action);
    facts.put("verdict", verdictName(verdict));
    return facts;
  }
}
