package dev.nightshift.bench;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Problem;
import dev.nightshift.app.config.yaml.Problems;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.app.config.yaml.YamlParser;
import dev.nightshift.core.remediation.StepSpec;
import dev.nightshift.core.topology.NodeId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the evaluation's cases from {@code reasoner-eval/} on the class path: {@code index.txt}
 * names the files, one a line. A broken case stops the run with every problem and its line.
 */
final class EvalCases {

  static final String DIR = "reasoner-eval/";

  private EvalCases() {}

  static List<EvalCase> all() {
    List<EvalCase> cases = new ArrayList<>();
    for (String file : text(DIR + "index.txt").lines().map(String::strip).toList()) {
      if (!file.isEmpty() && !file.startsWith("#")) {
        cases.add(read(DIR + file, text(DIR + file)));
      }
    }
    return cases;
  }

  static EvalCase read(String file, String yaml) {
    Problems problems = new Problems();
    problems.registerFile(file);
    Optional<EvalCase> c =
        YamlParser.parse(yaml, file, problems)
            .flatMap(n -> MapReader.of(n, problems))
            .flatMap(EvalCases::fields);
    List<String> errors =
        problems.all().stream().filter(Problem::isError).map(Problem::format).toList();
    if (!errors.isEmpty() || c.isEmpty()) {
      throw new IllegalArgumentException(
          "the evaluation case " + file + " is broken:\n" + String.join("\n", errors));
    }
    return c.get();
  }

  private static Optional<EvalCase> fields(MapReader r) {
    Optional<String> name = r.requiredText("name");
    String description = r.text("description").orElse("");
    Optional<String> brief = r.requiredText("brief");
    List<NodeId> path = nodes(r, r.texts("path"));
    List<EvalCase.Recorded> recorded = new ArrayList<>();
    for (YamlNode item : r.list("recorded")) {
      MapReader.of(item, r.problems()).flatMap(EvalCases::recorded).ifPresent(recorded::add);
    }
    Optional<MapReader> expect = r.requiredMap("expect");
    r.finish();
    if (expect.isEmpty()) {
      return Optional.empty();
    }
    MapReader e = expect.get();
    Optional<String> rootCause = e.requiredText("root_cause");
    List<String> actions = e.texts("actions");
    List<String> evidence = e.texts("evidence");
    Optional<StepSpec> fix = e.map("fix").flatMap(EvalCases::step);
    e.finish();
    if (name.isEmpty() || brief.isEmpty() || rootCause.isEmpty() || r.problems().hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(
        new EvalCase(
            name.get(),
            description,
            brief.get(),
            path,
            recorded,
            new NodeId(rootCause.get()),
            actions,
            evidence,
            fix));
  }

  private static List<NodeId> nodes(MapReader r, List<String> ids) {
    List<NodeId> nodes = new ArrayList<>();
    for (String id : ids) {
      if (NodeId.isValid(id)) {
        nodes.add(new NodeId(id));
      } else {
        r.problems().error(r.node("path").orElseThrow(), "'" + id + "' is not a node id");
      }
    }
    return nodes;
  }

  /** {@code {tool: log_query, args: {node: x}, output: "..."}}. */
  private static Optional<EvalCase.Recorded> recorded(MapReader r) {
    Optional<String> tool = r.requiredText("tool");
    Map<String, String> args = r.map("args").map(EvalCases::strings).orElse(Map.of());
    Optional<String> output = r.requiredText("output");
    r.finish();
    return tool.flatMap(t -> output.map(o -> new EvalCase.Recorded(t, args, o)));
  }

  /** A step as known_errors.yaml writes it, kept as written for the validator to judge. */
  private static Optional<StepSpec> step(MapReader r) {
    Optional<String> type = r.requiredText("action");
    Optional<String> node = r.text("node");
    Map<String, Object> params = new LinkedHashMap<>();
    for (YamlNode.Entry e : r.mapping().entries().values()) {
      if (!e.key().equals("action") && !e.key().equals("node")) {
        params.put(
            e.key(),
            e.value() instanceof YamlNode.Sequence
                ? Values.texts(e.value(), r.problems())
                : Values.text(e.value(), r.problems()).orElse(""));
      }
    }
    return type.map(t -> new StepSpec(t, node.map(NodeId::new), params));
  }

  private static Map<String, String> strings(MapReader r) {
    Map<String, String> out = new LinkedHashMap<>();
    for (YamlNode.Entry e : r.mapping().entries().values()) {
      Values.text(e.value(), r.problems()).ifPresent(v -> out.put(e.key(), v));
    }
    return out;
  }

  private static String text(String resource) {
    try (InputStream in = EvalCases.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no " + resource + " on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
