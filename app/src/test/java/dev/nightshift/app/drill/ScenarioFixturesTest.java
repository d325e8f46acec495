package dev.nightshift.app.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One fixture per invalid scenario, each asserting every problem exactly as {@code nightshift
 * drill} prints it: file, line, YAML path and message.
 */
class ScenarioFixturesTest {

  @TestFactory
  Stream<DynamicTest> invalidScenariosReportEveryProblemWithFileAndLine() {
    return ScenarioFixtures.cases("invalid").stream()
        .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
  }

  private static void check(Path caseDir) {
    ScenarioResult result = ScenarioFixtures.read(caseDir.resolve("scenario.yaml"));

    assertThat(ScenarioFixtures.printed(result.problems(), caseDir))
        .containsExactlyElementsOf(ScenarioFixtures.expected(caseDir));
    assertThat(result.isValid()).isFalse();
    assertThat(result.scenario()).isEmpty();
    assertThat(result.config()).isEmpty();
  }
}
