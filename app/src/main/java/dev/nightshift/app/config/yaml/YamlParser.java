package dev.nightshift.app.config.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Parses one YAML document into {@link YamlNode}s (YAML 1.2 core schema, so {@code on} and {@code
 * no} stay text), reporting syntax errors, duplicate keys and non-text keys with their line.
 */
public final class YamlParser {

  /** Aliases are rare in these files; a cap stops "billion laughs" documents. */
  private static final int MAX_ALIASES = 50;

  private static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

  private YamlParser() {}

  /**
   * The document's root (an empty mapping when the text holds no document), or empty when the text
   * is not valid YAML, which is reported.
   */
  public static Optional<YamlNode> parse(String text, String file, Problems problems) {
    problems.registerFile(file);
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file)
            .setAllowDuplicateKeys(true) // reported below with both lines
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setCodePointLimit(MAX_CODE_POINTS)
            .setUseMarks(true)
            .build();
    try {
      Iterator<Node> documents = new Compose(settings).composeAllFromString(text).iterator();
      if (!documents.hasNext()) {
        return Optional.of(new YamlNode.Mapping(Map.of(), new Source(file, 1, 1), ""));
      }
      Node root = documents.next();
      if (documents.hasNext()) {
        Node second = documents.next();
        problems.error(
            source(file, second.getStartMark()),
            "",
            "a file holds one YAML document; found a second one here");
      }
      return Optional.of(new Converter(file, problems).convert(root, ""));
    } catch (MarkedYamlEngineException e) {
      Source at = source(file, e.getProblemMark().or(e::getContextMark));
      problems.error(at, "", "YAML syntax: " + describe(e));
      return Optional.empty();
    } catch (YamlEngineException e) {
      problems.error(Source.file(file), "", "YAML: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static String describe(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    if (problem.contains("\\t(TAB)")) {
      return "a tab is used for indentation; YAML indents with spaces";
    }
    String text = context.isEmpty() ? problem : problem + " (" + context + ")";
    if (problem.contains("<block")) {
      text += "; check the indentation of this line and the lines above it";
    }
    return text.replace('\n', ' ').strip();
  }

  static Source source(String file, Optional<Mark> mark) {
    return mark.map(m -> new Source(file, m.getLine() + 1, m.getColumn() + 1))
        .orElse(Source.file(file));
  }

  /** Converts snakeyaml's nodes, remembering the path of each. */
  private static final class Converter {
    private final String file;
    private final Problems problems;
    private final Set<Node> onPath = Collections.newSetFromMap(new IdentityHashMap<>());

    Converter(String file, Problems problems) {
      this.file = file;
      this.problems = problems;
    }

    YamlNode convert(Node node, String path) {
      Source at = source(file, node.getStartMark());
      if (!onPath.add(node)) {
        problems.error(at, path, "a recursive alias is not allowed here");
        return YamlNode.Scalar.empty(at, path);
      }
      try {
        return switch (node) {
          case MappingNode m -> mapping(m, at, path);
          case SequenceNode s -> sequence(s, at, path);
          case ScalarNode s -> scalar(s, at, path);
          default -> throw new IllegalStateException("unexpected YAML node " + node);
        };
      } finally {
        onPath.remove(node);
      }
    }

    private YamlNode mapping(MappingNode node, Source at, String path) {
      Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
      for (NodeTuple tuple : node.getValue()) {
        Source keyAt = source(file, tuple.getKeyNode().getStartMark());
        if (!(tuple.getKeyNode() instanceof ScalarNode key) || key.getTag().equals(Tag.NULL)) {
          problems.error(keyAt, path, "a key must be plain text");
          continue;
        }
        String childPath = YamlNode.childPath(path, key.getValue());
        YamlNode.Entry first = entries.get(key.getValue());
        if (first != null) {
          problems.error(
              keyAt,
              childPath,
              "duplicate key (first written at line " + first.keySource().line() + ")");
          continue;
        }
        YamlNode value = convert(tuple.getValueNode(), childPath);
        entries.put(key.getValue(), new YamlNode.Entry(key.getValue(), keyAt, value));
      }
      return new YamlNode.Mapping(entries, at, path);
    }

    private YamlNode sequence(SequenceNode node, Source at, String path) {
      List<YamlNode> items = new ArrayList<>();
      List<Node> values = node.getValue();
      for (int i = 0; i < values.size(); i++) {
        items.add(convert(values.get(i), YamlNode.itemPath(path, i)));
      }
      return new YamlNode.Sequence(items, at, path);
    }

    private static YamlNode scalar(ScalarNode node, Source at, String path) {
      int column =
          switch (node.getScalarStyle()) {
            case PLAIN -> at.column();
            case SINGLE_QUOTED, DOUBLE_QUOTED -> at.column() + 1;
            default -> 0;
          };
      return new YamlNode.Scalar(node.getValue(), kind(node.getTag()), at, path, column);
    }

    private static YamlNode.Scalar.Kind kind(Tag tag) {
      if (tag.equals(Tag.INT)) {
        return YamlNode.Scalar.Kind.INTEGER;
      } else if (tag.equals(Tag.FLOAT)) {
        return YamlNode.Scalar.Kind.FLOAT;
      } else if (tag.equals(Tag.BOOL)) {
        return YamlNode.Scalar.Kind.BOOLEAN;
      } else if (tag.equals(Tag.NULL)) {
        return YamlNode.Scalar.Kind.NULL;
      }
      return YamlNode.Scalar.Kind.STRING;
    }
  }
}
