package dev.nightshift.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgsTest {

  @Test
  void readsKnownOptionsAndFallsBackToDefaults() {
    Args args = Args.parse(new String[] {"--port", "6379"}, Set.of("port", "rate"));

    assertThat(args.port("port")).isEqualTo(6379);
    assertThat(args.number("rate", 200, 1, 1000)).isEqualTo(200);
  }

  @Test
  void namesAnUnknownOptionAndAMissingValue() {
    assertThatThrownBy(() -> Args.parse(new String[] {"--prot", "1"}, Set.of("port")))
        .hasMessageStartingWith("unknown option --prot");
    assertThatThrownBy(() -> Args.parse(new String[] {"--port"}, Set.of("port")))
        .hasMessage("option --port needs a value");
  }

  @Test
  void rejectsANumberOutOfRangeOrARequiredPortThatIsMissing() {
    Args args = Args.parse(new String[] {"--port", "70000"}, Set.of("port", "metrics-port"));

    assertThatThrownBy(() -> args.port("port"))
        .hasMessage("--port must be between 1 and 65535, was 70000");
    assertThatThrownBy(() -> args.port("metrics-port"))
        .hasMessage("option --metrics-port is required");
  }
}
