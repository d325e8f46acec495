package dev.nightshift.app.drill;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Problems;
import dev.nightshift.app.config.yaml.Suggestions;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.sim.scenario.ActionParams;
import dev.nightshift.sim.scenario.ClearRule;
import dev.nightshift.sim.scenario.Effect;
import dev.nightshift.sim.scenario.Fault;
import dev.nightshift.sim.scenario.ValueSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads one fault: when it starts, its effects, and what ends it. */
final class FaultReader {

  private final References references;
  private final EffectReader effects;
  private final Map<String, YamlNode> ids = new HashMap<>();

  FaultReader(References references) {
    this.references = references;
    this.effects = new EffectReader(references);
  }

  Optional<Fault> read(MapReader r) {
    Optional<String> id = id(r);
    Optional<Duration> at = r.required("at").flatMap(n -> Values.duration(n, r.problems()));
    Map<SlaId, ValueSpec> sli = new LinkedHashMap<>();
    Map<NodeId, Effect> nodes =
        r.requiredMap("effects").map(e -> effects.nodes(e, sli, true)).orElse(Map.of());
    List<ClearRule> rules = new ArrayList<>();
    for (YamlNode item : r.list("cleared_by")) {
      MapReader.of(item, r.problems()).flatMap(this::rule).ifPresent(rules::add);
    }
    Optional<Duration> clearsAfter = r.duration("clears_after");
    Duration recovery = r.duration("recovery").orElse(Duration.ZERO);
    r.finish();
    if (id.isEmpty() || at.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Fault(id.get(), at.get(), nodes, sli, rules, clearsAfter, recovery));
  }

  private Optional<String> id(MapReader r) {
    Optional<String> id = r.requiredText("id");
    if (id.isEmpty()) {
      return id;
    }
    YamlNode at = r.node("id").orElseThrow();
    YamlNode first = ids.putIfAbsent(id.get(), at);
    if (first != null) {
      r.problems().error(at, "fault '" + id.get() + "' is already defined at " + first.source());
      return Optional.empty();
    }
    return id;
  }

  private Optional<ClearRule> rule(MapReader r) {
    Optional<String> action =
        r.requiredChoice(
            "action", "action", Values.names(ActionParams.types().toArray(String[]::new)));
    Optional<String> target = r.text("target");
    Map<String, Pattern> params = new LinkedHashMap<>();
    boolean valid = action.isPresent();
    Optional<MapReader> paramsReader = r.map("params");
    if (paramsReader.isPresent() && action.isPresent()) {
      valid &= params(paramsReader.get(), action.get(), params);
    }
    if (action.isPresent() && target.isPresent()) {
      YamlNode at = r.node("target").orElseThrow();
      references.add(Reference.Kind.TARGET, target.get(), action.get(), at.source(), at.path());
    }
    r.finish();
    return valid ? Optional.of(new ClearRule(action.get(), target, params)) : Optional.empty();
  }

  /** Reads {@code name: regex} pairs; false when one is wrong (reported). */
  private static boolean params(MapReader r, String action, Map<String, Pattern> out) {
    List<String> names = ActionParams.NAMES.get(action);
    boolean[] valid = {true};
    EffectReader.entries(
        r,
        (entry, path) -> {
          if (!names.contains(entry.key())) {
            r.problems().error(entry.keySource(), path, unknownParameter(action, entry.key()));
            valid[0] = false;
            return;
          }
          Optional<Pattern> regex = regex(entry.value(), r.problems());
          regex.ifPresent(p -> out.put(entry.key(), p));
          valid[0] &= regex.isPresent();
        });
    return valid[0];
  }

  private static String unknownParameter(String action, String name) {
    List<String> names = ActionParams.NAMES.get(action);
    String hint = Suggestions.didYouMean(name, names);
    return hint.isEmpty()
        ? action + " has no parameter '" + name + "'; it has: " + String.join(", ", names)
        : action + " has no parameter '" + name + "'" + hint;
  }

  private static Optional<Pattern> regex(YamlNode node, Problems problems) {
    return Values.text(node, problems)
        .flatMap(text -> {
          try {
            return Optional.of(Pattern.compile(text));
          } catch (PatternSyntaxException e) {
            problems.error(
                node,
                "invalid regex: " + e.getDescription() + " near character " + (e.getIndex() + 1));
            return Optional.empty();
          }
        });
  }
}
