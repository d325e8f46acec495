package dev.nightshift.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * One fixture per invalid (or suspicious) configuration, each asserting every problem exactly as
 * {@code nightshift validate} prints it: file, line, YAML path and message.
 */
class ConfigFixturesTest {

  @TempDir Path tmp;

  @Test
  void baseConfigurationIsValidWithoutWarnings() {
    Path dir = ConfigFixtures.assemble(ConfigFixtures.ROOT.resolve("base"), tmp);
    LoadResult result = ConfigFixtures.load(dir);
    assertThat(ConfigFixtures.printed(result, dir)).isEmpty();
    assertThat(result.isValid()).isTrue();
  }

  @TestFactory
  Stream<DynamicTest> invalidConfigurationsReportEveryProblemWithFileAndLine() {
    return fixtures("invalid", false);
  }

  @TestFactory
  Stream<DynamicTest> suspiciousConfigurationsLoadWithWarnings() {
    return fixtures("warnings", true);
  }

  /** One test per case of a kind: exactly the expected problems, and valid or not. */
  private Stream<DynamicTest> fixtures(String kind, boolean valid) {
    return ConfigFixtures.cases(kind).stream()
        .map(c ->
            DynamicTest.dynamicTest(
                c.getFileName().toString(),
                () -> {
                  Path dir = ConfigFixtures.assemble(c, tmp);
                  LoadResult result = ConfigFixtures.load(dir);
                  assertThat(ConfigFixtures.printed(result, dir))
                      .containsExactlyElementsOf(ConfigFixtures.expected(c));
                  assertThat(result.isValid()).isEqualTo(valid);
                  assertThat(valid ? result.warnings() : result.errors()).isNotEmpty();
                }));
  }
}
