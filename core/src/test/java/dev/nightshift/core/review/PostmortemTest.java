package dev.nightshift.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.notify.SampleReports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Postmortem drafts of the shared sample reports; the markdown is compared with golden files. */
class PostmortemTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/postmortem");

  @Test
  void creditsTheKnownFixAndCarriesTheNextStepsAsActionItems() {
    Postmortem p = Postmortem.draft(SampleReports.resolved(), SampleReports.OPENED);

    assertThat(p.wentWell())
        .contains(
            "Known error ke-001: Redis connection pool exhausted by idle clients matched",
            "Resolved without a human after 47s");
    assertThat(p.actionItems()).isEqualTo(SampleReports.resolved().nextSteps());
  }

  @Test
  void namesTheBlindSourceAndTheMissingKnownErrorAsWhatWentWrong() {
    Postmortem p = Postmortem.draft(SampleReports.escalated(), SampleReports.OPENED);

    assertThat(p.wentWrong())
        .containsExactly(
            "Blind source: kafka_cluster — loki: timed out after 5s",
            "No known error matched kafka_cluster",
            "Escalated to a human; Nightshift could not fix it");
  }

  @Test
  void rendersTheResolvedSampleAsMarkdown() throws IOException {
    golden("resolved", Postmortem.draft(SampleReports.resolved(), SampleReports.OPENED));
  }

  @Test
  void rendersTheEscalatedSampleAsMarkdown() throws IOException {
    golden("escalated", Postmortem.draft(SampleReports.escalated(), SampleReports.OPENED));
  }

  private static void golden(String name, Postmortem p) throws IOException {
    String text = PostmortemMarkdown.render(p);
    Path file = GOLDEN.resolve(name + ".md");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, text, StandardCharsets.UTF_8);
    }
    assertThat(text).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
