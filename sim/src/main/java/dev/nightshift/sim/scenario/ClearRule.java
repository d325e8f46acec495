package dev.nightshift.sim.scenario;

import dev.nightshift.core.remediation.Action;
import dev.nightshift.core.remediation.Target;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which executed action ends a fault: an action type, optionally its target, and regexes that its
 * parameters must match in full ({@code {action: docker_exec, target: redis, params: {command:
 * "redis-cli CLIENT KILL.*"}}}). A fix that matches no rule runs fine but does not help.
 *
 * @param target a node id, a resource's name ({@code redis}) or a whole resource ({@code
 *     container/redis}); empty for any target
 * @param params regexes by parameter name (see {@link ActionParams})
 */
public record ClearRule(String action, Optional<String> target, Map<String, Pattern> params) {

  public ClearRule {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(target, "target");
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    if (!ActionParams.types().contains(action)) {
      throw new IllegalArgumentException("no action '" + action + "' in the catalog");
    }
    if (!ActionParams.NAMES.get(action).containsAll(params.keySet())) {
      throw new IllegalArgumentException(
          action + " has the parameters " + ActionParams.NAMES.get(action) + ": " + params);
    }
  }

  /** Whether an executed action is one this rule names. */
  public boolean matches(Action executed) {
    if (!executed.type().equals(action)) {
      return false;
    }
    if (target.isPresent() && !targets(executed.target(), target.get())) {
      return false;
    }
    Map<String, String> values = ActionParams.of(executed);
    return params.entrySet().stream()
        .allMatch(p -> p.getValue().matcher(values.getOrDefault(p.getKey(), "")).matches());
  }

  private static boolean targets(Target actual, String wanted) {
    String resource = actual.resource();
    String name = resource.substring(resource.indexOf('/') + 1);
    return actual.node().map(n -> n.value().equals(wanted)).orElse(false)
        || name.equals(wanted)
        || resource.equals(wanted);
  }
}
