package dev.nightshift.app.config.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapReaderTest {

  private final Problems problems = new Problems();

  private MapReader reader(String yaml) {
    return MapReader.of(YamlParser.parse(yaml, "f.yaml", problems).orElseThrow(), problems)
        .orElseThrow();
  }

  private java.util.List<String> printed() {
    return problems.all().stream().map(Problem::format).toList();
  }

  @Test
  void reportsKeysNobodyAskedForWithTheClosestKnownOne() {
    MapReader r = reader("timeout: 5s\nretires: 3\n");
    r.duration("timeout");
    r.wholeNumber("retries", 0, 10);
    r.finish();
    assertThat(printed())
        .containsExactly("f.yaml:2: retires: unknown field (did you mean 'retries'?)");
  }

  @Test
  void listsTheKnownKeysWhenNoneIsClose() {
    MapReader r = reader("colour: red\n");
    r.text("size");
    r.text("shape");
    r.finish();
    assertThat(printed())
        .containsExactly("f.yaml:1: colour: unknown field; expected one of: size, shape");
  }

  @Test
  void reportsMissingAndEmptyRequiredFieldsUnderTheirOwnPath() {
    MapReader r = reader("outer:\n  empty:\n  other: 1\n");
    MapReader outer = r.requiredMap("outer").orElseThrow();
    assertThat(outer.requiredText("empty")).isEmpty();
    assertThat(outer.requiredText("absent")).isEmpty();
    assertThat(printed())
        .containsExactly(
            "f.yaml:2: outer.empty: required field is empty",
            "f.yaml:2: outer.absent: required field is missing");
  }

  @Test
  void readsTypedValuesAndSaysWhatIsWrongWithTheOthers() {
    MapReader r = reader("d: 1h30m\nn: 10_000\nb: true\nbad_n: 1.5\nbad_b: yes\nbad_d: 90\n");
    assertThat(r.duration("d")).contains(Duration.ofMinutes(90));
    assertThat(r.wholeNumber("n", 0, Long.MAX_VALUE)).contains(10_000L);
    assertThat(r.bool("b")).contains(true);
    assertThat(r.wholeNumber("bad_n", 0, 10)).isEmpty();
    assertThat(r.bool("bad_b")).isEmpty();
    assertThat(r.duration("bad_d")).isEmpty();
    assertThat(printed())
        .containsExactly(
            "f.yaml:4: bad_n: expected a whole number, got '1.5'",
            "f.yaml:5: bad_b: expected true or false, got 'yes'",
            "f.yaml:6: bad_d: '90' has no unit: write 90s for seconds, or use m, h, ms");
  }

  @Test
  void choosesFromAClosedSetWithASuggestion() {
    MapReader r = reader("colour: gren\n");
    assertThat(r.choice("colour", "colour", Map.of("green", 1, "red", 2))).isEmpty();
    assertThat(printed())
        .containsExactly("f.yaml:1: colour: unknown colour 'gren' (did you mean 'green'?)");
  }

  @Test
  void readsASingleTextAsAListOfOne() {
    MapReader r = reader("alerts: RedisDown\nmore: [a, b]\n");
    assertThat(r.texts("alerts")).containsExactly("RedisDown");
    assertThat(r.texts("more")).containsExactly("a", "b");
  }

  @Test
  void saysWhatItGotWhenAMappingIsExpected() {
    assertThat(MapReader.of(YamlParser.parse("- a\n", "f.yaml", problems).orElseThrow(), problems))
        .isEmpty();
    assertThat(printed()).containsExactly("f.yaml:1: expected a mapping, got a list");
  }
}
