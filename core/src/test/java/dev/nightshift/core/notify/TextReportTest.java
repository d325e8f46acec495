package dev.nightshift.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The plain-text report of each sample, compared with its golden file under {@code golden/text/};
 * {@code -Dgolden.update=true} rewrites the files instead.
 */
class TextReportTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/text");

  @Test
  void rendersAReportResolvedByAKnownFix() throws IOException {
    assertMatchesGolden("resolved", TextReport.render(SampleReports.resolved()));
  }

  @Test
  void rendersAnEscalatedReportWithWhatCouldNotBeChecked() throws IOException {
    assertMatchesGolden("escalated", TextReport.render(SampleReports.escalated()));
  }

  @Test
  void rendersAnOpenReportAwaitingApprovalWithoutAnEnd() throws IOException {
    assertMatchesGolden("awaiting-approval", TextReport.render(SampleReports.awaitingApproval()));
  }

  @Test
  void rendersTheReasonersRejectedHypothesisWithItsConfidenceLabelled() throws IOException {
    String text = TextReport.render(SampleReports.escalatedAfterRejectedHypothesis());

    assertMatchesGolden("escalated-rejected-hypothesis", text);
    assertThat(text).contains("0.85 (self-reported, not used to decide)");
  }

  @Test
  void saysSoWhenNothingWasWalkedChangedOrDone() {
    String text = TextReport.render(SampleReports.awaitingApproval());

    assertThat(text)
        .contains("Changes:     none in the correlation window\n")
        .contains("SLA after:   not measured\n")
        .doesNotContain("Links:");
  }

  private static void assertMatchesGolden(String name, String text) throws IOException {
    Path file = GOLDEN.resolve(name + ".txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, text, StandardCharsets.UTF_8);
    }
    assertThat(text).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
