package dev.nightshift.adapters.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Instants are kept as text that is exact and sorts in time order. */
class ColumnsTest {

  private static final List<Instant> TIMES =
      List.of(
          Instant.parse("1970-01-01T00:00:00Z"),
          Instant.parse("2026-03-01T10:15:30Z"),
          Instant.parse("2026-03-01T10:15:30.000000001Z"),
          Instant.parse("2026-03-01T10:15:30.5Z"),
          Instant.parse("2026-03-01T10:15:31Z"),
          Instant.parse("9999-12-31T23:59:59.999999999Z"));

  @Test
  void textSortsInTimeOrder() {
    List<String> texts = TIMES.stream().map(Columns::text).toList();

    assertThat(texts).isSortedAccordingTo(Comparator.naturalOrder());
    assertThat(Columns.text(TIMES.get(1))).isEqualTo("2026-03-01T10:15:30.000000000Z");
  }

  @Test
  void textRoundTripsEveryInstantExactly() {
    for (Instant t : List.of(Instant.MIN, Instant.MAX, TIMES.get(2), TIMES.get(3))) {
      assertThat(Instant.parse(Columns.text(t))).isEqualTo(t);
    }
  }
}
