package dev.nightshift.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.IncidentReport.PathStep;
import dev.nightshift.core.notify.Notice;
import dev.nightshift.core.notify.SampleReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SlackMessageTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/slack");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void rendersTheResolvedReportAsInTheGoldenFile() throws IOException {
    IncidentReport report = SampleReports.resolved();
    assertGolden("resolved.json", SampleNotices.closed(report, IncidentState.RESOLVED), report);
  }

  @Test
  void rendersTheEscalatedReportAsInTheGoldenFile() throws IOException {
    IncidentReport report = SampleReports.escalated();
    assertGolden("escalated.json", SampleNotices.closed(report, IncidentState.ESCALATED), report);
  }

  @Test
  void rendersTheReasonersRejectedHypothesisAsInTheGoldenFile() throws IOException {
    IncidentReport report = SampleReports.escalatedAfterRejectedHypothesis();
    assertGolden(
        "escalated-rejected-hypothesis.json",
        SampleNotices.closed(report, IncidentState.ESCALATED),
        report);
  }

  @Test
  void rendersTheApprovalRequestAsInTheGoldenFile() throws IOException {
    IncidentReport report = SampleReports.awaitingApproval();
    assertGolden("awaiting-approval.json", SampleNotices.approvalRequested(report), report);
  }

  @Test
  void anApprovalRequestHasApproveAndDenyButtonsCarryingTheKey() {
    IncidentReport report = SampleReports.awaitingApproval();
    JsonNode actions =
        block(SlackMessage.render(SampleNotices.approvalRequested(report), report), "actions");

    assertThat(actions.path("elements")).hasSize(2);
    JsonNode approve = actions.path("elements").get(0);
    JsonNode deny = actions.path("elements").get(1);
    assertThat(approve.path("action_id").asText()).isEqualTo("approve");
    assertThat(approve.path("style").asText()).isEqualTo("primary");
    assertThat(approve.path("value").asText()).isEqualTo(SampleNotices.KEY.value());
    assertThat(deny.path("action_id").asText()).isEqualTo("deny");
    assertThat(deny.path("style").asText()).isEqualTo("danger");
    assertThat(deny.path("value").asText()).isEqualTo(SampleNotices.KEY.value());
  }

  @Test
  void onlyAnApprovalRequestHasButtons() {
    IncidentReport report = SampleReports.resolved();
    ObjectNode message =
        SlackMessage.render(SampleNotices.closed(report, IncidentState.RESOLVED), report);
    assertThat(block(message, "actions").isMissingNode()).isTrue();
  }

  @Test
  void theHeaderSaysWhichKindOfNoticeItIs() {
    IncidentReport report = SampleReports.escalated();
    assertThat(header(SampleNotices.opened(report), report)).startsWith(":red_circle: ");
    assertThat(header(SampleNotices.approvalRequested(report), report)).startsWith(":hourglass: ");
    assertThat(header(SampleNotices.closed(report, IncidentState.RESOLVED), report))
        .startsWith(":white_check_mark: ");
    assertThat(header(SampleNotices.closed(report, IncidentState.ESCALATED), report))
        .startsWith(":rotating_light: ");
    assertThat(header(SampleNotices.recovered(report), report)).startsWith(":green_heart: ");
  }

  @Test
  void escapesSlackControlCharactersInTheSummaryAndFallbackText() {
    IncidentReport report = SampleReports.escalated();
    ObjectNode message =
        SlackMessage.render(SampleNotices.closed(report, IncidentState.ESCALATED), report);

    String summary = message.path("blocks").get(1).path("text").path("text").asText();
    assertThat(summary).contains("&amp; &lt;partition 3&gt;").doesNotContain("<partition");
    assertThat(message.path("text").asText()).contains("&lt;partition 3&gt;");
  }

  @Test
  void linksAreSlackLinksAndARelativeOneIsShownAsCode() {
    IncidentReport report = SampleReports.resolved();
    String all =
        SlackMessage.render(SampleNotices.closed(report, IncidentState.RESOLVED), report)
            .toString();
    assertThat(all)
        .contains(
            "<http://prometheus:9090/graph?g0.expr=redis_connected_clients&amp;g0.range_input=1h|Prometheus: redis_connected_clients>")
        .contains("Runbook: redis-clients.md: `runbooks/redis-clients.md`");
  }

  @Test
  void keepsWithinFiftyBlocksAndKeepsTheButtonsWhenThePathIsLong() {
    IncidentReport report = withPath(SampleReports.awaitingApproval(), 80, "down");
    ObjectNode message = SlackMessage.render(SampleNotices.approvalRequested(report), report);

    JsonNode blocks = message.path("blocks");
    assertThat(blocks).hasSize(Blocks.MAX_BLOCKS);
    assertThat(block(message, "actions").isMissingNode()).isFalse();
    assertThat(blocks.get(blocks.size() - 1).path("type").asText()).isEqualTo("context");
    assertThat(blocks.get(blocks.size() - 2).toString()).contains("more sections left out");
  }

  @Test
  void cutsASectionLongerThanSlackAllowsWithAnEllipsisAndClosesItsCodeBlock() {
    String line = "ERR <max> & clients reached ".repeat(20);
    PathStep step =
        new PathStep(
            "redis_instance",
            "down",
            "full",
            IntStream.range(0, 40).mapToObj(i -> line).toList(),
            List.of(),
            List.of());
    String text = ReportSections.step(step);

    assertThat(text.length()).isLessThanOrEqualTo(Blocks.SECTION_CHARS);
    assertThat(text).endsWith("…```").startsWith(":red_circle: *redis_instance* — down");
    assertThat(text).doesNotContain("&am…").doesNotContain("&a…").doesNotContain("&…");
  }

  private static void assertGolden(String file, Notice notice, IncidentReport report)
      throws IOException {
    String rendered =
        JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(SlackMessage.render(notice, report))
            + "\n";
    Path path = GOLDEN.resolve(file);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(path.getParent());
      Files.writeString(path, rendered);
    }
    assertThat(rendered).isEqualTo(Files.readString(path));
  }

  private static JsonNode block(ObjectNode message, String type) {
    for (JsonNode block : message.path("blocks")) {
      if (block.path("type").asText().equals(type)) {
        return block;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  private static String header(Notice notice, IncidentReport report) {
    return block(SlackMessage.render(notice, report), "header").path("text").path("text").asText();
  }

  private static IncidentReport withPath(IncidentReport r, int steps, String status) {
    List<PathStep> path = new ArrayList<>();
    IntStream.range(0, steps)
        .forEach(i ->
            path.add(
                new PathStep(
                    "node_" + i, status, "finding " + i, List.of(), List.of(), List.of())));
    return SampleReports.with(r, r.timeline(), path, r.nextSteps());
  }
}
