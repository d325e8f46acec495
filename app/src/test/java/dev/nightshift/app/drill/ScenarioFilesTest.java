package dev.nightshift.app.drill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.app.config.yaml.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFilesTest {

  @TempDir Path tmp;

  @Test
  void findsTheScenariosDirectlyInADirectoryInNameOrder() throws IOException {
    Files.writeString(tmp.resolve("b.yaml"), "");
    Files.writeString(tmp.resolve("a.yml"), "");
    Files.writeString(tmp.resolve("notes.md"), "");
    Files.createDirectories(tmp.resolve("nested"));
    Files.writeString(tmp.resolve("nested/c.yaml"), "");

    ScenarioFiles.Found found = ScenarioFiles.expand(List.of(tmp));

    assertThat(found.files()).containsExactly(tmp.resolve("a.yml"), tmp.resolve("b.yaml"));
    assertThat(found.problems()).isEmpty();
  }

  @Test
  void takesAFileAsGivenWhateverItsName() throws IOException {
    Path file = Files.writeString(tmp.resolve("drill.txt"), "");

    assertThat(ScenarioFiles.expand(List.of(file, file)).files()).containsExactly(file, file);
  }

  @Test
  void reportsAPathThatGivesNoScenario() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Path missing = tmp.resolve("missing.yaml");

    ScenarioFiles.Found found = ScenarioFiles.expand(List.of(empty, missing));

    assertThat(found.files()).isEmpty();
    assertThat(found.problems())
        .extracting(Problem::format)
        .containsExactly(
            empty + ": no scenarios (*.yaml, *.yml) in this directory",
            missing + ": no such file or directory");
  }
}
