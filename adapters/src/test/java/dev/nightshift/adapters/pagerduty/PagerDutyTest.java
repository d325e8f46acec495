package dev.nightshift.adapters.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.adapters.testing.Golden;
import dev.nightshift.adapters.testing.LocalApi;
import dev.nightshift.adapters.testing.LocalApi.Answer;
import dev.nightshift.adapters.testing.SampleNotices;
import dev.nightshift.core.notify.Channel;
import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.SampleReports;
import dev.nightshift.core.notify.SendResult;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PagerDutyTest {

  private static final String KEY = "R0UT1NGKEY0123456789abcdefabcdef";
  private static final String ACCEPTED =
      "{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\"x\"}";

  private final ObjectMapper json = new ObjectMapper();

  private static Channel channel(LocalApi api) {
    return PagerDuty.channel("oncall", Endpoint.of(api.url(), Duration.ofSeconds(5)), KEY);
  }

  @Test
  void triggersAnEscalatedIncidentWithItsDetails() throws Exception {
    try (LocalApi api = LocalApi.start(Answer.of(202, ACCEPTED))) {
      IncidentReport report = SampleReports.escalated();
      SendResult result = channel(api).send(SampleNotices.closed(report), report, Optional.empty());

      assertThat(result).isEqualTo(new SendResult.Sent(Optional.of("nightshift-incident-13")));
      LocalApi.Received got = api.last();
      assertThat(got.method()).isEqualTo("POST");
      assertThat(got.path()).isEqualTo("/v2/enqueue");
      assertThat(got.header("content-type")).isEqualTo("application/json");
      JsonNode event = json.readTree(got.body());
      assertThat(event.path("routing_key").asText()).isEqualTo(KEY);
      assertThat(event.path("event_action").asText()).isEqualTo("trigger");
      assertThat(event.path("dedup_key").asText()).isEqualTo("nightshift-incident-13");
      assertThat(event.at("/payload/severity").asText()).isEqualTo("error");
      assertThat(event.at("/payload/source").asText()).isEqualTo("kafka_cluster");
      assertThat(event.at("/payload/custom_details/root_cause").asText())
          .isEqualTo("kafka_cluster");
      assertThat(event.at("/payload/custom_details/next_steps/0").asText())
          .startsWith("Check broker 2");
    }
  }

  @Test
  void resolvesTheSameAlertWhenTheIncidentIsResolvedOrRecovered() throws Exception {
    try (LocalApi api = LocalApi.start(Answer.of(202, ACCEPTED))) {
      IncidentReport resolved = SampleReports.resolved();
      channel(api).send(SampleNotices.closed(resolved), resolved, Optional.empty());
      IncidentReport escalated = SampleReports.escalated();
      channel(api).send(SampleNotices.recovered(escalated), escalated, Optional.empty());

      JsonNode first = json.readTree(api.received().get(0).body());
      JsonNode second = json.readTree(api.received().get(1).body());
      assertThat(first.path("event_action").asText()).isEqualTo("resolve");
      assertThat(first.path("dedup_key").asText()).isEqualTo("nightshift-incident-12");
      assertThat(second.path("event_action").asText()).isEqualTo("resolve");
      assertThat(second.path("dedup_key").asText()).isEqualTo("nightshift-incident-13");
    }
  }

  @Test
  void mapsSeveritiesToPagerDutys() {
    assertThat(PagerDutyEvents.severity("sev1")).isEqualTo("critical");
    assertThat(PagerDutyEvents.severity("sev2")).isEqualTo("error");
    assertThat(PagerDutyEvents.severity("sev3")).isEqualTo("warning");
    assertThat(PagerDutyEvents.severity("sev4")).isEqualTo("info");
    assertThat(PagerDutyEvents.severity("critical")).isEqualTo("critical");
  }

  @Test
  void cutsTheSummaryToPagerDutysLimit() {
    IncidentReport report = SampleReports.awaitingApproval();
    String long1 = "x".repeat(3000);
    IncidentReport longer =
        new IncidentReport(
            report.incident(),
            report.sla(),
            report.slaDescription(),
            report.severity(),
            report.outcome(),
            long1,
            report.summary(),
            report.trigger(),
            report.openedAt(),
            report.closedAt(),
            report.impact(),
            report.timeline(),
            report.path(),
            report.rootCause(),
            report.diagnosis(),
            report.knownError(),
            report.changes(),
            report.actions(),
            report.slaBefore(),
            report.slaAfter(),
            report.nextSteps(),
            report.links(),
            Optional.empty());

    assertThat(PagerDutyEvents.summary(SampleNotices.opened(longer), longer))
        .hasSize(PagerDutyEvents.SUMMARY_LIMIT);
  }

  @Test
  void aRejectedEventIsNotRetriedAndNeverNamesTheRoutingKey() {
    String invalid =
        "{\"status\":\"invalid event\",\"message\":\"Event object is invalid\","
            + "\"errors\":[\"'routing_key' "
            + KEY
            + " is invalid\"]}";
    try (LocalApi api = LocalApi.start(Answer.of(400, invalid))) {
      IncidentReport report = SampleReports.escalated();
      SendResult result = channel(api).send(SampleNotices.closed(report), report, Optional.empty());

      assertThat(result)
          .isInstanceOfSatisfying(
              SendResult.Failed.class,
              f -> {
                assertThat(f.retryable()).isFalse();
                assertThat(f.reason())
                    .contains("400", "Event object is invalid")
                    .doesNotContain(KEY);
              });
    }
  }

  @Test
  void retriesWhenThrottledOrWhenPagerDutyFails() {
    try (LocalApi api =
        LocalApi.start(
            new Answer(429, "{}", Map.of("Retry-After", "30")), Answer.of(503, "busy"))) {
      IncidentReport report = SampleReports.escalated();
      Channel channel = channel(api);
      SendResult throttled = channel.send(SampleNotices.closed(report), report, Optional.empty());
      SendResult failed = channel.send(SampleNotices.closed(report), report, Optional.empty());

      assertThat(throttled)
          .isEqualTo(
              new SendResult.Failed(
                  ((SendResult.Failed) throttled).reason(),
                  true,
                  Optional.of(Duration.ofSeconds(30))));
      assertThat(failed)
          .isInstanceOfSatisfying(SendResult.Failed.class, f -> assertThat(f.retryable()).isTrue());
    }
  }

  @Test
  void aServerThatDoesNotAnswerIsRetryable() {
    LocalApi api = LocalApi.start(Answer.of(202, ACCEPTED));
    Endpoint gone = Endpoint.of(api.url(), Duration.ofSeconds(2));
    api.close();
    IncidentReport report = SampleReports.escalated();
    SendResult result =
        PagerDuty.channel("oncall", gone, KEY)
            .send(SampleNotices.closed(report), report, Optional.empty());

    assertThat(result)
        .isInstanceOfSatisfying(
            SendResult.Failed.class,
            f -> {
              assertThat(f.retryable()).isTrue();
              assertThat(f.reason()).contains("PagerDuty").doesNotContain(KEY);
            });
  }

  @Test
  void rendersTheSampleReportsAsInTheGoldenFiles() {
    for (var entry :
        Map.of(
                "resolved", SampleReports.resolved(),
                "escalated", SampleReports.escalated(),
                "awaiting-approval", SampleReports.awaitingApproval())
            .entrySet()) {
      IncidentReport report = entry.getValue();
      Golden.check(
          "pagerduty",
          entry.getKey() + ".json",
          PagerDutyEvents.render(SampleNotices.natural(report), report, "ROUTING_KEY") + "\n");
    }
  }
}
