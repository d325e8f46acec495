package dev.nightshift.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.IncidentReport.Entry;
import dev.nightshift.core.notify.IncidentReport.PathStep;
import dev.nightshift.core.notify.Notice;
import dev.nightshift.core.notify.SampleReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReportMessageTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/telegram");
  private static final Instant NOW = SampleReports.OPENED.plusSeconds(7265);

  @Test
  void rendersAResolvedReportAsTheGoldenFileSays() throws IOException {
    IncidentReport report = SampleReports.resolved();
    golden("resolved.html", ReportMessage.render(Notices.closed(report), report, NOW));
  }

  @Test
  void rendersAnEscalatedReportAsTheGoldenFileSays() throws IOException {
    IncidentReport report = SampleReports.escalated();
    golden("escalated.html", ReportMessage.render(Notices.closed(report), report, NOW));
  }

  @Test
  void rendersTheReasonersRejectedHypothesisAsTheGoldenFileSays() throws IOException {
    IncidentReport report = SampleReports.escalatedAfterRejectedHypothesis();
    String html = ReportMessage.render(Notices.closed(report), report, NOW);

    golden("escalated-rejected-hypothesis.html", html);
    assertThat(html).contains("self-reported, not used to decide");
  }

  @Test
  void rendersAnApprovalRequestAsTheGoldenFileSays() throws IOException {
    IncidentReport report = SampleReports.awaitingApproval();
    golden("awaiting-approval.html", ReportMessage.render(Notices.approval(report), report, NOW));
  }

  @Test
  void everySampleIsHtmlTelegramAccepts() {
    for (IncidentReport report : List.of(SampleReports.resolved(), SampleReports.escalated())) {
      assertThat(TelegramHtmlCheck.problem(render(Notices.closed(report), report))).isNull();
    }
    IncidentReport waiting = SampleReports.awaitingApproval();
    assertThat(TelegramHtmlCheck.problem(render(Notices.approval(waiting), waiting))).isNull();
  }

  @Test
  void shortensPathAndTimelineOfAnOverlongReportButKeepsWhatAHumanNeeds() {
    IncidentReport report = overlong(SampleReports.resolved());
    String text = render(Notices.closed(report), report);

    assertThat(text.length()).isLessThanOrEqualTo(Html.LIMIT);
    assertThat(TelegramHtmlCheck.problem(text)).isNull();
    assertThat(text)
        .contains("Incident 12 — data_freshness (sev1) — RESOLVED after 47s")
        .contains("killed 212 idle clients")
        .contains("redis_kill_idle_clients on redis_instance (idle &gt; 300s)")
        .contains("Find the client that leaks connections")
        .containsPattern("<b>Timeline</b>\n(.*\n)*… \\d+ more")
        .contains("Prometheus: redis_connected_clients");
  }

  @Test
  void cutsAtAWholeLineWhenEvenTheEssentialsAreTooLong() {
    IncidentReport base = SampleReports.escalated();
    List<String> steps =
        IntStream.range(0, 40).mapToObj(i -> "step " + i + " <" + "x".repeat(200) + ">").toList();
    IncidentReport report = withNextSteps(base, steps);

    String text = render(Notices.closed(report), report);

    assertThat(text.length()).isLessThanOrEqualTo(Html.LIMIT);
    assertThat(text).startsWith("🚨").endsWith("\n…");
    assertThat(TelegramHtmlCheck.problem(text)).isNull();
  }

  private static String render(Notice notice, IncidentReport report) {
    return ReportMessage.render(notice, report, NOW);
  }

  private static void golden(String name, String rendered) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, rendered);
    }
    assertThat(rendered).isEqualTo(Files.readString(file));
  }

  private static IncidentReport overlong(IncidentReport r) {
    List<Entry> timeline =
        IntStream.range(0, 300)
            .mapToObj(i ->
                new Entry(
                    r.openedAt().plusSeconds(i), "node_checked", "redis_instance: down #" + i))
            .toList();
    List<PathStep> path =
        IntStream.range(0, 30)
            .mapToObj(i ->
                new PathStep(
                    "node_" + i,
                    "down",
                    "log & metrics <" + i + ">",
                    List.of("ERR " + i),
                    List.of(),
                    List.of()))
            .toList();
    return SampleReports.with(r, timeline, path, r.nextSteps());
  }

  private static IncidentReport withNextSteps(IncidentReport r, List<String> steps) {
    return SampleReports.with(r, r.timeline(), r.path(), steps);
  }
}
