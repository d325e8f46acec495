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
    return ConfigFixtures.cases("invalid").stream()
        .map(c ->
            DynamicTest.dynamicTest(
                c.getFileName().toString(),
                () -> {
                  Path dir = ConfigFixtures.assemble(c, tmp);
                  LoadResult result = ConfigFixtures.load(dir);
                  assertThat(ConfigFixtures.printed(result, dir))
                      .containsExactlyElementsOf(ConfigFixtures.expected(c));
                  assertThat(result.isValid()).isFalse();
                  assertThat(result.errors()).isNotEmpty();
                }));
  }

  @TestFactory
  Stream<DynamicTest> suspiciousConfigurationsLoadWithWarnings() {
    return ConfigFixtures.cases("warnings").stream()
        .map(c ->
            DynamicTest.dynamicTest(
                c.getFileName().toString(),
                () -> {
                  Path dir = ConfigFixtures.assemble(c, tmp);
                  LoadResult result = ConfigFixtures.load(dir);
                  assertThat(ConfigFixtures.printed(result, dir))
                      .containsExactlyElementsOf(ConfigFixtures.expected(c));
                  assertThat(result.isValid()).isTrue();
                  assertThat(result.warnings()).isNotEmpty();
                }));
  }
}
