package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.core.remediation.ActionClass;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides the class of a command step: what the command is known to do, or what the step declares
 * with {@code class:}. A declaration must agree with what the command is known to do: the policy's
 * autonomy levels are per class, so a mislabelled command would slip past them.
 */
final class ActionClassReader {

  static final Map<String, ActionClass> NAMES =
      Values.byName(ActionClass.values(), ActionClass::yamlName);

  /**
   * @param inferred the class read from the command itself, when it can be
   * @param what the command, for messages
   */
  Optional<ActionClass> read(MapReader r, Optional<ActionClass> inferred, String what) {
    Optional<ActionClass> declared = r.choice("class", "action class", NAMES);
    if (r.has("class") && declared.isEmpty()) {
      return Optional.empty();
    }
    if (declared.isEmpty() && inferred.isEmpty()) {
      r.problems()
          .error(
              r.source(),
              r.pathOf("class"),
              "cannot tell what "
                  + what
                  + " does: declare its class ("
                  + String.join(", ", NAMES.keySet())
                  + ")");
      return Optional.empty();
    }
    if (declared.isPresent() && inferred.isPresent() && declared.get() != inferred.get()) {
      r.problems()
          .error(
              r.node("class").orElseThrow(),
              what + " is " + inferred.get() + "; it cannot be declared " + declared.get());
      return Optional.empty();
    }
    return declared.or(() -> inferred);
  }

  /**
   * The class of a command step. When the command itself is invalid (already reported), only a
   * declared class is checked, so that one mistake is not reported twice.
   *
   * @param noun how to name the command in messages, e.g. "Redis command "
   */
  Optional<ActionClass> forCommand(
      MapReader r,
      Optional<List<String>> command,
      Function<List<String>, Optional<ActionClass>> infer,
      String noun) {
    if (command.isEmpty()) {
      r.choice("class", "action class", NAMES);
      return Optional.empty();
    }
    return read(r, infer.apply(command.get()), noun + "'" + String.join(" ", command.get()) + "'");
  }

  /** Rejects {@code class:} on an action whose class is fixed by what it is. */
  static void rejectDeclared(MapReader r, String action, ActionClass fixed) {
    r.node("class")
        .ifPresent(n ->
            r.problems()
                .error(
                    n,
                    "the class of " + action + " is always " + fixed + "; it cannot be declared"));
  }
}
