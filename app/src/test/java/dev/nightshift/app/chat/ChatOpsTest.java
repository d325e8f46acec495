package dev.nightshift.app.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.audit.AuditEntry;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.incident.NewIncident;
import dev.nightshift.core.incident.Progress;
import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.notify.ChatReply;
import dev.nightshift.core.notify.ChatRequest;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.policy.Approval;
import dev.nightshift.core.policy.ApprovalState;
import dev.nightshift.core.policy.Phase;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.testing.Fixtures;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.NodeId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatOpsTest {

  private static final Instant NOW = Instant.parse("2026-11-21T03:15:00Z");
  private static final String ROOM = "-100200";
  private static final String ALICE = "4242";

  private final Stores stores = MemoryStores.create();
  private final DependencyTree tree =
      Fixtures.tree(
          List.of(Fixtures.root("data_freshness", "consumer")),
          Fixtures.node("consumer", "redis"),
          Fixtures.node("redis"));
  private Incident open;
  private IdempotencyKey key;

  @BeforeEach
  void anIncidentWaitsForApproval() {
    open =
        stores
            .incidents()
            .open(
                new NewIncident(
                    new SlaId("data_freshness"), Severity.CRITICAL, "freshness 143s", NOW));
    open =
        open.moveTo(IncidentState.DIAGNOSING, NOW)
            .with(
                new Progress(
                    Optional.of(new NodeId("redis")),
                    Optional.of(new KnownErrorId("ke-001")),
                    1,
                    0,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()),
                NOW);
    stores.incidents().save(open);
    key = IdempotencyKey.of(open.id().value(), 1, 0);
    stores
        .approvals()
        .save(
            Approval.request(
                key,
                open.id().value(),
                "restart consumer",
                "phase assist",
                NOW,
                NOW.plusSeconds(900)));
  }

  private ChatOps chatOps(Optional<Function<SlaId, String>> diagnose) {
    return new ChatOps(
        stores,
        tree,
        List.of(),
        Map.of("telegram", Set.of(ROOM)),
        Map.of("telegram", Set.of(ALICE), "slack", Set.of("U123")),
        diagnose,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private ChatReply say(String text) {
    return chatOps(Optional.empty())
        .handle(new ChatRequest("telegram", ROOM, ALICE, "@alice", text));
  }

  private ChatReply sayAs(String user, String name, String text) {
    return chatOps(Optional.empty()).handle(new ChatRequest("telegram", ROOM, user, name, text));
  }

  private AuditEntry lastAudit() {
    return stores.audit().entries().getLast();
  }

  private Approval approval() {
    return stores.approvals().find(key).orElseThrow();
  }

  @Test
  void answersHelpAndAnUnknownCommandWithTheList() {
    assertThat(say("/help").text()).contains("approve ID", "kill switch on|off");
    ChatReply unknown = say("reboot everything");

    assertThat(unknown.refused()).isTrue();
    assertThat(unknown.text()).contains("unknown command 'reboot'", "status");
  }

  @Test
  void statusShowsKillSwitchPhasesOpenIncidentsAndPendingApprovals() {
    stores.controls().setPhase(Severity.CRITICAL, Phase.ASSIST);

    ChatReply reply = say("STATUS");

    assertThat(reply.refused()).isFalse();
    assertThat(reply.text())
        .contains(
            "kill switch: off",
            "critical=assist",
            "open incidents: 1 (#1)",
            "pending approvals: 1");
  }

  @Test
  void incidentsListsTheOpenOnesAndTheLastClosed() {
    Incident other =
        stores
            .incidents()
            .open(new NewIncident(new SlaId("data_freshness"), Severity.HIGH, "lag", NOW));
    stores.incidents().save(other.moveTo(IncidentState.ESCALATED, NOW));

    String text = say("incidents").text();

    assertThat(text).contains("open:", "#1 data_freshness", "last closed:", "#2", "escalated");
  }

  @Test
  void incidentShowsRootCauseKnownErrorAndItsPendingApproval() {
    String text = say("incident 1").text();

    assertThat(text)
        .contains(
            "#1 data_freshness (critical) diagnosing",
            "root cause: redis",
            "known error: ke-001",
            "waiting for approval: restart consumer",
            "approve 1");
  }

  @Test
  void approvesTheSinglePendingRequestOfAnIncidentByItsNumber() {
    ChatReply reply = say("approve 1");

    assertThat(reply.refused()).isFalse();
    assertThat(reply.text()).contains("approved", "restart consumer");
    assertThat(approval().state()).isEqualTo(ApprovalState.APPROVED);
    assertThat(approval().decidedBy()).contains("telegram:@alice");
    assertThat(stores.audit().entries())
        .anySatisfy(e -> assertThat(e.record().kind()).isEqualTo("approval.decided"));
  }

  @Test
  void approvesByTheFullKey() {
    ChatReply reply = say("approve " + key.value());

    assertThat(reply.refused()).isFalse();
    assertThat(approval().state()).isEqualTo(ApprovalState.APPROVED);
  }

  @Test
  void refusesASecondApprovalOfTheSameRequest() {
    say("approve 1");

    ChatReply second = sayAs("777", "@bob", "approve " + key.value());
    ChatReply byNumber = sayAs("777", "@bob", "deny 1");

    assertThat(second.refused()).isTrue();
    assertThat(second.text()).contains("already approved by telegram:@alice at " + NOW);
    assertThat(byNumber.text()).contains("already approved by telegram:@alice");
    assertThat(approval().state()).isEqualTo(ApprovalState.APPROVED);
    assertThat(approval().decidedBy()).contains("telegram:@alice");
  }

  @Test
  void deniesARequest() {
    ChatReply reply = say("/deny 1");

    assertThat(reply.text()).contains("denied", "will not run it");
    assertThat(approval().state()).isEqualTo(ApprovalState.DENIED);
  }

  @Test
  void turnsTheKillSwitchOnAndOffAndAuditsWhoDid() {
    say("kill switch on");
    assertThat(stores.controls().killSwitch()).isTrue();
    assertThat(stores.audit().entries())
        .anySatisfy(e -> {
          assertThat(e.record().kind()).isEqualTo("control.kill_switch");
          assertThat(e.record().actor()).isEqualTo("telegram:@alice");
          assertThat(e.record().detail()).contains("turned on");
        });

    say("/kill_switch OFF");
    assertThat(stores.controls().killSwitch()).isFalse();
    assertThat(say("kill switch maybe").refused()).isTrue();
  }

  @Test
  void refusesAChatAndUserNotOnTheAllowListAndAuditsTheAttempt() {
    ChatReply reply =
        chatOps(Optional.empty())
            .handle(new ChatRequest("telegram", "-999", "666", "@mallory", "approve 1"));

    assertThat(reply.refused()).isTrue();
    assertThat(reply.text()).contains("allow-list");
    assertThat(approval().state()).isEqualTo(ApprovalState.PENDING);
    assertThat(lastAudit().record().kind()).isEqualTo("chat.refused");
    assertThat(lastAudit().record().actor()).isEqualTo("telegram:@mallory");
  }

  @Test
  void anAllowedUserMayCommandFromAnyChatAndAnAllowedChatForAnyMember() {
    ChatOps chatOps = chatOps(Optional.empty());

    assertThat(
            chatOps.handle(new ChatRequest("telegram", "-1", ALICE, "@alice", "status")).refused())
        .isFalse();
    assertThat(chatOps.handle(new ChatRequest("telegram", ROOM, "9", "@carol", "status")).refused())
        .isFalse();
    assertThat(chatOps.handle(new ChatRequest("slack", "C1", "U123", "U123", "status")).refused())
        .isFalse();
  }

  @Test
  void aChatSystemWithoutAnAllowListRefusesEverything() {
    ChatOps chatOps =
        new ChatOps(
            stores,
            tree,
            List.of(),
            Map.of(),
            Map.of(),
            Optional.empty(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    ChatReply reply =
        chatOps.handle(new ChatRequest("slack", "C1", "U123", "U123", "kill switch on"));

    assertThat(reply.refused()).isTrue();
    assertThat(stores.controls().killSwitch()).isFalse();
    assertThat(lastAudit().record().actor()).isEqualTo("slack:U123");
  }

  @Test
  void auditsEveryAllowedCommandWithItsSender() {
    say("incidents");

    assertThat(lastAudit().record().kind()).isEqualTo("chat.command");
    assertThat(lastAudit().record().actor()).isEqualTo("telegram:@alice");
    assertThat(lastAudit().record().detail()).contains("'incidents'");
  }

  @Test
  void diagnosesAnSlaWhenTheAppCanAndSaysSoWhenItCannot() {
    assertThat(say("diagnose data_freshness").text()).isEqualTo("diagnose is not available here");

    ChatOps withWalk = chatOps(Optional.of(sla -> "walked " + sla + ": redis is down"));
    ChatReply reply =
        withWalk.handle(
            new ChatRequest("telegram", ROOM, ALICE, "@alice", "diagnose data_freshness"));
    ChatReply unknown =
        withWalk.handle(new ChatRequest("telegram", ROOM, ALICE, "@alice", "diagnose nope"));

    assertThat(reply.text()).isEqualTo("walked data_freshness: redis is down");
    assertThat(unknown.refused()).isTrue();
    assertThat(unknown.text()).contains("no SLA 'nope'", "data_freshness");
  }

  @Test
  void namesWhatBreaksWhenANodeGoesDown() {
    assertThat(say("impact redis").text())
        .isEqualTo("if redis goes down: SLAs data_freshness; nodes consumer");
    assertThat(say("impact kafka").refused()).isTrue();
  }

  @Test
  void answersBadInputInWordsAndChangesNothing() {
    ChatReply abc = say("approve abc");
    ChatReply missing = say("incident 999");
    ChatReply noNumber = say("incident twelve");
    ChatReply noRequest = say("approve 999");
    ChatReply huge = say("deny 99999999999999999999999");

    assertThat(abc.refused()).isTrue();
    assertThat(abc.text()).contains("'abc' is neither an incident number nor an approval key");
    assertThat(missing.text()).isEqualTo("there is no incident 999");
    assertThat(noNumber.text()).startsWith("usage: incident N");
    assertThat(noRequest.text()).isEqualTo("incident 999 has no request for approval");
    assertThat(huge.text()).contains("is neither an incident number nor an approval key");
    assertThat(approval().state()).isEqualTo(ApprovalState.PENDING);
  }
}
