package dev.nightshift.app.chat;

import dev.nightshift.app.learning.LearningDesk;
import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.notify.ChatCommands;
import dev.nightshift.core.notify.ChatReply;
import dev.nightshift.core.notify.ChatRequest;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.policy.ApprovalState;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.NodeId;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The ChatOps interpreter behind the Telegram and Slack adapters: checks the allow-lists, runs the
 * command and audits it, allowed or refused, with the sender as the actor.
 */
public final class ChatOps implements ChatCommands {

  private final Stores stores;
  private final DependencyTree tree;
  private final ChatAccess access;
  private final Optional<Function<SlaId, String>> diagnose;
  private final Clock clock;
  private final ChatViews views;
  private final ChatDecisions decisions;
  private final ChatLearning learning;

  /**
   * @param allowedChats per chat system ("telegram", "slack"), the chats whose members may command
   * @param allowedUsers per chat system, the users who may command from any chat
   * @param diagnose a read-only walk of an SLA's tree, when the app can run one
   */
  public ChatOps(
      Stores stores,
      DependencyTree tree,
      List<KnownError> knownErrors,
      Map<String, Set<String>> allowedChats,
      Map<String, Set<String>> allowedUsers,
      Optional<Function<SlaId, String>> diagnose,
      Clock clock) {
    this(stores, tree, knownErrors, allowedChats, allowedUsers, diagnose, Optional::empty, clock);
  }

  /**
   * @param learning the running agent's learning desk, when there is one (learned, ke, fix)
   */
  public ChatOps(
      Stores stores,
      DependencyTree tree,
      List<KnownError> knownErrors,
      Map<String, Set<String>> allowedChats,
      Map<String, Set<String>> allowedUsers,
      Optional<Function<SlaId, String>> diagnose,
      Supplier<Optional<LearningDesk>> learning,
      Clock clock) {
    this.stores = Objects.requireNonNull(stores, "stores");
    this.tree = Objects.requireNonNull(tree, "tree");
    this.access = new ChatAccess(allowedChats, allowedUsers);
    this.diagnose = Objects.requireNonNull(diagnose, "diagnose");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.views = new ChatViews(stores, tree, knownErrors);
    this.decisions = new ChatDecisions(stores.approvals(), stores.audit(), clock);
    this.learning = new ChatLearning(Objects.requireNonNull(learning, "learning"));
  }

  @Override
  public ChatReply handle(ChatRequest request) {
    String actor = request.channel() + ":" + request.userName();
    if (!access.allows(request)) {
      ChatReply refused =
          new ChatReply(
              "refused: neither this chat ("
                  + request.chat()
                  + ") nor you ("
                  + request.user()
                  + ") are on the "
                  + request.channel()
                  + " allow-list of Nightshift",
              true);
      audit(actor, "chat.refused", request, refused);
      return refused;
    }
    ChatReply reply;
    try {
      reply = run(ChatCommand.parse(request.text()), actor);
    } catch (RuntimeException e) {
      reply =
          new ChatReply("could not run '" + request.text().strip() + "': " + e.getMessage(), true);
    }
    audit(actor, "chat.command", request, reply);
    return reply;
  }

  private ChatReply run(ChatCommand command, String actor) {
    return switch (command.verb()) {
      case "help", "start" -> ok(ChatViews.HELP);
      case "status" -> ok(views.status());
      case "incidents" -> ok(views.incidents());
      case "incident" -> incident(command.single());
      case "approve" -> decisions.decide(command.single(), ApprovalState.APPROVED, actor);
      case "deny" -> decisions.decide(command.single(), ApprovalState.DENIED, actor);
      case "kill_switch" -> killSwitch(command.single(), actor);
      case "diagnose" -> diagnose(command.single());
      case "impact" -> impact(command.single());
      case "learned" -> learning.learned();
      case "ke" -> learning.ke(command.args(), actor);
      case "fix" -> learning.fix(command.args(), actor);
      default ->
          new ChatReply(
              (command.verb().isEmpty() ? "" : "unknown command '" + command.verb() + "'.\n")
                  + ChatViews.HELP,
              true);
    };
  }

  private ChatReply incident(String number) {
    if (!number.matches("[0-9]{1,18}") || Long.parseLong(number) < 1) {
      return refuse("usage: incident N, where N is an incident number such as 12");
    }
    return views
        .incident(new IncidentId(Long.parseLong(number)))
        .map(ChatOps::ok)
        .orElseGet(() -> refuse("there is no incident " + number));
  }

  private ChatReply killSwitch(String state, String actor) {
    String wanted = state.toLowerCase(Locale.ROOT);
    if (!wanted.equals("on") && !wanted.equals("off")) {
      return refuse(
          "usage: kill switch on|off (it is " + onOff(stores.controls().killSwitch()) + ")");
    }
    boolean on = wanted.equals("on");
    boolean was = stores.controls().killSwitch();
    stores.controls().setKillSwitch(on);
    stores
        .audit()
        .append(
            new AuditRecord(
                clock.instant(),
                actor,
                "control.kill_switch",
                "kill switch",
                "turned " + onOff(on) + " from chat (was " + onOff(was) + ")"));
    return ok(
        on
            ? "kill switch ON: the agent diagnoses and reports but runs no action until it is off."
            : "kill switch off: the agent acts again within its policy.");
  }

  private ChatReply diagnose(String sla) {
    if (diagnose.isEmpty()) {
      return refuse("diagnose is not available here");
    }
    if (!SlaId.isValid(sla) || tree.sla(new SlaId(sla)).isEmpty()) {
      return refuse("there is no SLA '" + sla + "'; known: " + slaNames());
    }
    return ok(diagnose.get().apply(new SlaId(sla)));
  }

  private ChatReply impact(String node) {
    if (!NodeId.isValid(node)) {
      return refuse("usage: impact NODE, where NODE is a node id of the tree");
    }
    return views
        .impact(new NodeId(node))
        .map(ChatOps::ok)
        .orElseGet(() -> refuse("there is no node '" + node + "' in the tree"));
  }

  private String slaNames() {
    return String.join(", ", tree.slas().stream().map(s -> s.id().toString()).toList());
  }

  private void audit(String actor, String kind, ChatRequest request, ChatReply reply) {
    String outcome = reply.text().lines().findFirst().orElse("");
    stores
        .audit()
        .append(
            new AuditRecord(
                clock.instant(),
                actor,
                kind,
                request.channel() + " chat " + request.chat(),
                "'"
                    + request.text().strip()
                    + "' -> "
                    + (reply.refused() ? "refused: " : "")
                    + outcome));
  }

  private static String onOff(boolean on) {
    return on ? "on" : "off";
  }

  private static ChatReply ok(String text) {
    return new ChatReply(text, false);
  }

  private static ChatReply refuse(String text) {
    return new ChatReply(text, true);
  }
}
