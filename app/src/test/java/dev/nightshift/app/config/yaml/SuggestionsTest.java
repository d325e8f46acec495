package dev.nightshift.app.config.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private static final List<String> FIELDS =
      List.of("healthcheck", "depends_on", "description", "logs");

  @Test
  void suggestsTheClosestCandidateWithinAFewEdits() {
    assertThat(Suggestions.closest("helthcheck", FIELDS)).contains("healthcheck");
    assertThat(Suggestions.closest("dependson", FIELDS)).contains("depends_on");
    assertThat(Suggestions.closest("Healthcheck", FIELDS)).contains("healthcheck");
    assertThat(Suggestions.closest("lgos", FIELDS)).contains("logs");
  }

  @Test
  void suggestsNothingWhenNothingIsClose() {
    assertThat(Suggestions.closest("enthusiasm", FIELDS)).isEmpty();
    assertThat(Suggestions.didYouMean("xyz", FIELDS)).isEmpty();
  }

  @Test
  void countsATranspositionAsOneEdit() {
    assertThat(Suggestions.distance("ab", "ba")).isEqualTo(1);
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
  }
}
