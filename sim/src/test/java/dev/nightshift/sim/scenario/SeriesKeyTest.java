package dev.nightshift.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.measure.ParseResult;
import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.telemetry.Selector;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeriesKeyTest {

  private static SeriesKey parse(String text) {
    return SeriesKey.parse(text).orThrow();
  }

  private static String problem(String text) {
    return ((ParseResult.Invalid<SeriesKey>) SeriesKey.parse(text)).message();
  }

  private static Selector selector(String text) {
    return MetricCondition.parse(text + " > 0").orThrow().selector();
  }

  @Test
  void readsABareName() {
    assertThat(parse("redis_connected_clients")).isEqualTo(SeriesKey.of("redis_connected_clients"));
  }

  @Test
  void readsLabelsAndPrintsThemSorted() {
    SeriesKey key = parse("lag{topic='t', group=\"g\"}");

    assertThat(key.labels()).isEqualTo(Map.of("group", "g", "topic", "t"));
    assertThat(key).hasToString("lag{group=\"g\",topic=\"t\"}");
  }

  @Test
  void namesLabelsWithEqualityOnly() {
    assertThat(problem("lag{group=~\"g.*\"}"))
        .isEqualTo("'group=~\"g.*\"': a series names its labels with '=' only, not =~");
  }

  @Test
  void rejectsWhatIsNotASeries() {
    assertThat(problem("rate(x[5m])"))
        .isEqualTo("'rate(x[5m])' is not a series: write name or name{label=\"value\",...}");
    assertThat(problem("lag{group=\"g\"")).startsWith("'lag{group=\"g\"' is not a series");
    assertThat(problem("lag{group=\"g}")).isEqualTo("unterminated string in label matcher");
    assertThat(problem("lag{group=\"a\",group=\"b\"}")).isEqualTo("label 'group' is named twice");
  }

  @Test
  void aBareKeyIsPickedWhateverTheSelectorsLabels() {
    SeriesKey key = SeriesKey.of("redis_connected_clients");

    assertThat(key.matchedBy(selector("redis_connected_clients{instance=\"a\"}"))).isTrue();
    assertThat(key.matchedBy(selector("redis_memory_used_bytes"))).isFalse();
  }

  @Test
  void namedLabelsMustSatisfyTheSelector() {
    SeriesKey key = parse("lag{group=\"redis-writer-entity\"}");

    assertThat(key.matchedBy(selector("lag{group=\"redis-writer-entity\"}"))).isTrue();
    assertThat(key.matchedBy(selector("lag{group=~\"redis-.*\"}"))).isTrue();
    assertThat(key.matchedBy(selector("lag{group=\"other\"}"))).isFalse();
    assertThat(key.matchedBy(selector("lag{group!=\"redis-writer-entity\"}"))).isFalse();
    assertThat(key.matchedBy(selector("lag{topic=\"events\"}"))).isTrue();
  }
}
