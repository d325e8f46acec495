package dev.nightshift.core.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

class LogSpecTest {

  @Test
  void needsASource() {
    assertThatThrownBy(() ->
            new LogSpec(Optional.empty(), Optional.empty(), false, LogSpec.DEFAULT_ERROR_PATTERN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("logs need a source: loki_query, file or supervisor");
  }

  @Test
  void acceptsAnyOneSource() {
    String errors = LogSpec.DEFAULT_ERROR_PATTERN;

    assertThat(new LogSpec(Optional.of("{container_name=\"x\"}"), Optional.empty(), false, errors))
        .isNotNull();
    assertThat(new LogSpec(Optional.empty(), Optional.of(Path.of("/var/log/x.log")), false, errors))
        .isNotNull();
    assertThat(new LogSpec(Optional.empty(), Optional.empty(), true, errors).supervisor()).isTrue();
  }

  @Test
  void rejectsAnInvalidErrorPatternUpFront() {
    assertThatThrownBy(() -> new LogSpec(Optional.empty(), Optional.empty(), true, "ERROR("))
        .isInstanceOf(PatternSyntaxException.class);
  }
}
