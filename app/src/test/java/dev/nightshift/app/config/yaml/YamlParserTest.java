package dev.nightshift.app.config.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class YamlParserTest {

  private final Problems problems = new Problems();

  private Optional<YamlNode> parse(String text) {
    return YamlParser.parse(text, "f.yaml", problems);
  }

  private YamlNode.Mapping mapping(String text) {
    return (YamlNode.Mapping) parse(text).orElseThrow();
  }

  @Test
  void remembersTheLineAndPathOfEveryValue() {
    YamlNode.Mapping root = mapping("a:\n  b:\n    - x\n    - {c: 1}\n");
    YamlNode.Mapping a = (YamlNode.Mapping) root.entries().get("a").value();
    YamlNode.Sequence b = (YamlNode.Sequence) a.entries().get("b").value();
    YamlNode.Mapping item = (YamlNode.Mapping) b.items().get(1);
    assertThat(b.items().getFirst().source()).isEqualTo(new Source("f.yaml", 3, 7));
    assertThat(item.entries().get("c").value().path()).isEqualTo("a.b[1].c");
    assertThat(item.entries().get("c").keySource().line()).isEqualTo(4);
  }

  @Test
  void quotesKeysThatAreNotPlainNamesInPaths() {
    YamlNode.Mapping root = mapping("metrics:\n  'up{job=\"x\"}': 1\n");
    YamlNode.Mapping metrics = (YamlNode.Mapping) root.entries().get("metrics").value();
    assertThat(metrics.entries().get("up{job=\"x\"}").value().path())
        .isEqualTo("metrics['up{job=\"x\"}']");
  }

  @Test
  void typesScalarsByTheYaml12CoreSchema() {
    YamlNode.Mapping root = mapping("a: on\nb: 60\nc: \"60\"\nd: true\ne:\nf: 1.5\ng: no\n");
    assertThat(kind(root, "a")).isEqualTo(YamlNode.Scalar.Kind.STRING);
    assertThat(kind(root, "b")).isEqualTo(YamlNode.Scalar.Kind.INTEGER);
    assertThat(kind(root, "c")).isEqualTo(YamlNode.Scalar.Kind.STRING);
    assertThat(kind(root, "d")).isEqualTo(YamlNode.Scalar.Kind.BOOLEAN);
    assertThat(kind(root, "e")).isEqualTo(YamlNode.Scalar.Kind.NULL);
    assertThat(kind(root, "f")).isEqualTo(YamlNode.Scalar.Kind.FLOAT);
    assertThat(kind(root, "g")).isEqualTo(YamlNode.Scalar.Kind.STRING);
  }

  private static YamlNode.Scalar.Kind kind(YamlNode.Mapping m, String key) {
    return ((YamlNode.Scalar) m.entries().get(key).value()).kind();
  }

  @Test
  void knowsTheFileColumnOfTextInPlainAndQuotedScalars() {
    YamlNode.Mapping root = mapping("a: x > 1\nb: \"y > 2\"\nc: |\n  z\n");
    assertThat(((YamlNode.Scalar) root.entries().get("a").value()).columnOf(2)).hasValue(6);
    assertThat(((YamlNode.Scalar) root.entries().get("b").value()).columnOf(2)).hasValue(7);
    assertThat(((YamlNode.Scalar) root.entries().get("c").value()).columnOf(0)).isEmpty();
  }

  @Test
  void anEmptyDocumentIsAnEmptyMapping() {
    assertThat(mapping("# only a comment\n").entries()).isEmpty();
    assertThat(problems.all()).isEmpty();
  }

  @Test
  void reportsSyntaxErrorsAtTheirLine() {
    assertThat(parse("a:\n  b: 1\n c: 2\n")).isEmpty();
    assertThat(problems.all())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.source().line()).isEqualTo(3);
          assertThat(p.message()).startsWith("YAML syntax: ");
        });
  }

  @Test
  void reportsDuplicateKeysWithBothLinesAndKeepsTheFirst() {
    YamlNode.Mapping root = mapping("a: 1\nb: 2\na: 3\n");
    assertThat(problems.all())
        .extracting(Problem::format)
        .containsExactly("f.yaml:3: a: duplicate key (first written at line 1)");
    assertThat(((YamlNode.Scalar) root.entries().get("a").value()).value()).isEqualTo("1");
  }

  @Test
  void rejectsASecondDocument() {
    parse("a: 1\n---\nb: 2\n");
    assertThat(problems.all())
        .extracting(Problem::format)
        .containsExactly("f.yaml:3: a file holds one YAML document; found a second one here");
  }

  @Test
  void rejectsKeysThatAreNotText() {
    parse("? [a, b]\n: 1\n");
    assertThat(problems.all())
        .extracting(Problem::message)
        .containsExactly("a key must be plain text");
  }

  @Test
  void followsAliasesButStopsRecursiveOnes() {
    YamlNode.Mapping root = mapping("base: &b {x: 1}\ncopy: *b\n");
    assertThat(root.entries().get("copy").value().path()).isEqualTo("copy");
    assertThat(problems.all()).isEmpty();
    parse("a: &r [*r]\n");
    assertThat(problems.errors()).isNotEmpty();
  }

  @Test
  void explainsTabIndentation() {
    parse("a:\n\t- b\n");
    assertThat(problems.all())
        .extracting(Problem::format)
        .containsExactly(
            "f.yaml:2: YAML syntax: a tab is used for indentation; YAML indents with spaces");
  }
}
