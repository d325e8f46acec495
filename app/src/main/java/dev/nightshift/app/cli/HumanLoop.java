package dev.nightshift.app.cli;

import dev.nightshift.adapters.slack.Slack;
import dev.nightshift.adapters.telegram.TelegramCommands;
import dev.nightshift.app.chat.ChatOps;
import dev.nightshift.app.config.AgentSettings;
import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.Secret;
import dev.nightshift.app.http.Access;
import dev.nightshift.app.http.AgentMetrics;
import dev.nightshift.app.http.AgentView;
import dev.nightshift.app.http.ApiServer;
import dev.nightshift.app.ingest.AlertmanagerWebhook;
import dev.nightshift.app.ingest.DeployWebhook;
import dev.nightshift.app.ingest.WebhookAuth;
import dev.nightshift.app.learning.LearningDesk;
import dev.nightshift.app.learning.PullRequests;
import dev.nightshift.app.notify.Channels;
import dev.nightshift.app.notify.Drain;
import dev.nightshift.app.notify.Notifications;
import dev.nightshift.core.diagnosis.DiagnosisText;
import dev.nightshift.core.notify.ChatCommands;
import dev.nightshift.core.notify.ChatReply;
import dev.nightshift.core.notify.Notifier;
import dev.nightshift.core.notify.ReportBuilder;
import dev.nightshift.core.pipeline.Agent;
import dev.nightshift.core.pipeline.Stores;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Everything between the agent and its humans, wired once for {@code run} and {@code demo}:
 * notifications out (durable, routed, retried), and in, the API with its webhooks, Slack's slash
 * commands and buttons, and Telegram commands by long polling — all answered by one ChatOps.
 */
final class HumanLoop implements AutoCloseable {

  private static final Duration API_GRACE = Duration.ofSeconds(5);
  private static final Duration SLACK_REPLY_TIMEOUT = Duration.ofSeconds(10);

  private final Config config;
  private final Stores stores;
  private final Clock clock;
  private final PrintWriter err;
  private final Channels channels;
  private final Notifications notifications;
  private final ExecutorService replies = Executors.newVirtualThreadPerTaskExecutor();
  private final List<TelegramCommands> bots = new ArrayList<>();
  private Optional<ApiServer> api = Optional.empty();
  private Optional<Agent> agent = Optional.empty();
  private volatile Supplier<Optional<LearningDesk>> learning = Optional::empty;
  private ChatCommands chat = request -> new ChatReply("Nightshift is starting", true);

  private HumanLoop(Config config, Stores stores, Notifier console, Clock clock, PrintWriter err) {
    this.config = config;
    this.stores = stores;
    this.clock = clock;
    this.err = err;
    this.channels = new Channels(clock);
    ReportBuilder reports = Reporting.builder(Optional.of(config), Optional.empty());
    this.notifications =
        Notifications.create(
            config,
            stores,
            channels,
            n ->
                reports.build(
                    n.incident(),
                    stores.timeline(),
                    stores.actions(),
                    stores.changes(),
                    clock.instant()),
            console,
            clock,
            this::warn);
  }

  /** Builds the channels of every configured notifier; nothing is sent or served yet. */
  static HumanLoop prepare(
      Config config, Stores stores, Notifier console, Clock clock, PrintWriter err) {
    return new HumanLoop(config, stores, console, clock, err);
  }

  /** What the agent notifies: the console, then every routed channel through the outbox. */
  Notifier notifier() {
    return notifications.notifier();
  }

  /** Delivers what the outbox still holds before the process exits (see {@link Drain}). */
  Drain drain() {
    return notifications.drain();
  }

  /**
   * Starts delivering and the Telegram command bots. An agent given here takes Alertmanager alerts
   * once {@link #serve} runs; its read-only walk answers the chat's {@code diagnose} only when
   * {@code liveDiagnose} (the simulator's is not safe to share).
   */
  void start(Optional<Agent> agent, boolean liveDiagnose) {
    this.agent = agent;
    Optional<LearningDesk> desk =
        agent.map(a ->
            LearningDesk.of(
                a,
                config,
                stores,
                PullRequests.listeners(config, stores.audit(), clock, PullRequests.APART)));
    this.learning = () -> desk;
    notifications.start();
    this.chat =
        new ChatOps(
            stores,
            config.tree(),
            config.knownErrors(),
            allowed(true),
            allowed(false),
            agent.filter(a -> liveDiagnose).map(a -> sla -> DiagnosisText.render(a.diagnose(sla))),
            () -> learning.get(),
            clock);
    for (Channels.Bot bot : channels.bots()) {
      TelegramCommands commands = bot.telegram().commands(chat);
      commands.start();
      bots.add(commands);
    }
  }

  /** Serves the API, the webhooks and Slack's requests, when {@code http.port} is configured. */
  Optional<ApiServer> serve(AgentView view, AgentMetrics metrics) throws IOException {
    AgentSettings.Http http = config.agent().http();
    if (!http.serves()) {
      return Optional.empty();
    }
    ApiServer server = ApiServer.start(http, view, metrics, clock, err);
    if (agent.isEmpty()) {
      learning = view::learning; // the demo's agent starts later, and the view knows when
    }
    api = Optional.of(server);
    WebhookAuth auth = new WebhookAuth(writers(http), http.webhookSecret());
    agent.ifPresent(a ->
        server.mount(
            "/webhooks/alertmanager",
            new AlertmanagerWebhook(
                auth, config.tree(), a::alert, a::resolved, stores.alerts(), stores.audit(), clock),
            Access.OPEN));
    server.mount(
        "/webhooks/deploy",
        new DeployWebhook(auth, stores.changes(), stores.audit(), clock),
        Access.OPEN);
    slackSigningSecret()
        .ifPresent(secret -> {
          server.mount(
              "/webhooks/slack/commands", Slack.commandHandler(secret, chat, clock), Access.OPEN);
          server.mount(
              "/webhooks/slack/interactions",
              Slack.interactionHandler(secret, chat, clock, replies, SLACK_REPLY_TIMEOUT),
              Access.OPEN);
        });
    return api;
  }

  // Webhook senders change what the agent believes, so they need an operator's token at least.
  private static Map<String, Secret> writers(AgentSettings.Http http) {
    Map<String, Secret> tokens = new LinkedHashMap<>();
    for (AgentSettings.ApiToken t : http.tokens()) {
      if (t.role().includes(AgentSettings.Role.OPERATOR)) {
        tokens.put(t.name(), t.secret());
      }
    }
    return tokens;
  }

  // Slack signs every request to one app with one secret: the first slack notifier's is used.
  private Optional<String> slackSigningSecret() {
    return config.agent().notifiers().stream()
        .filter(n -> n.type().equals("slack"))
        .map(n -> n.secrets().get("signing_secret"))
        .filter(s -> s != null)
        .map(Secret::reveal)
        .findFirst();
  }

  // Per chat system, the chats (or users) whose commands are answered. The chat a notifier posts
  // to is always allowed: whoever reads the reports there may answer them.
  private Map<String, Set<String>> allowed(boolean chats) {
    Map<String, Set<String>> allowed = new HashMap<>();
    for (AgentSettings.Notifier n : config.agent().notifiers()) {
      if (!n.type().equals("telegram") && !n.type().equals("slack")) {
        continue;
      }
      Set<String> set = allowed.computeIfAbsent(n.type(), t -> new HashSet<>());
      set.addAll(chats ? n.allowedChats() : n.allowedUsers());
      if (chats) {
        Optional.ofNullable(n.settings().get(n.type().equals("telegram") ? "chat_id" : "channel"))
            .ifPresent(set::add);
      }
    }
    return allowed;
  }

  private void warn(String message) {
    synchronized (err) {
      err.println("nightshift: " + message);
      err.flush();
    }
  }

  @Override
  public void close() {
    api.ifPresent(a -> a.stop(API_GRACE));
    bots.forEach(TelegramCommands::close);
    notifications.close();
    replies.shutdownNow();
    channels.close();
  }
}
