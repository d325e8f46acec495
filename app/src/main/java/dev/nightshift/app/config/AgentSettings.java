package dev.nightshift.app.config;

import dev.nightshift.core.notify.Route;
import dev.nightshift.core.sla.TimeWindow;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What nightshift.yaml says: who the agent is, how often it looks, where it keeps state, what it
 * connects to, whom it tells, and the named time windows the other files refer to.
 *
 * @param retrieval how runbooks and past incidents are searched
 * @param secrets every secret the file names, so that none of them ever reaches a model
 */
public record AgentSettings(
    String name,
    Duration slaCheckInterval,
    Duration probeTimeout,
    int maxConcurrentIncidents,
    String storeUrl,
    Telemetry telemetry,
    Http http,
    LlmSettings llm,
    List<Notifier> notifiers,
    Map<String, TimeWindow> windows,
    Files files,
    RetrievalMode retrieval,
    List<Secret> secrets,
    Learning learning) {

  public AgentSettings {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(slaCheckInterval, "slaCheckInterval");
    Objects.requireNonNull(probeTimeout, "probeTimeout");
    Objects.requireNonNull(storeUrl, "storeUrl");
    Objects.requireNonNull(telemetry, "telemetry");
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(llm, "llm");
    notifiers = List.copyOf(notifiers);
    windows = Collections.unmodifiableMap(new LinkedHashMap<>(windows));
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(retrieval, "retrieval");
    secrets = List.copyOf(secrets);
    Objects.requireNonNull(learning, "learning");
  }

  /** The same settings serving the API as {@code http} says. */
  public AgentSettings withHttp(Http http) {
    return new AgentSettings(
        name,
        slaCheckInterval,
        probeTimeout,
        maxConcurrentIncidents,
        storeUrl,
        telemetry,
        http,
        llm,
        notifiers,
        windows,
        files,
        retrieval,
        secrets,
        learning);
  }

  /** The learning loop's settings: where an approved known error is proposed, if anywhere. */
  public record Learning(Optional<PullRequest> pullRequest) {
    public Learning {
      Objects.requireNonNull(pullRequest, "pullRequest");
    }
  }

  /**
   * A pull request adding each approved known error to the file in the repository that holds the
   * configuration.
   *
   * @param repo {@code owner/name}
   * @param path the known errors file in the repository
   */
  public record PullRequest(String repo, String base, String path, Secret token, URI api) {
    public PullRequest {
      Objects.requireNonNull(repo, "repo");
      Objects.requireNonNull(base, "base");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(api, "api");
    }
  }

  /** The other configuration files, resolved against the main file's directory. */
  public record Files(Path dependencyTree, Path knownErrors, Path policy, Path runbooks) {
    public Files {
      Objects.requireNonNull(dependencyTree, "dependencyTree");
      Objects.requireNonNull(knownErrors, "knownErrors");
      Objects.requireNonNull(policy, "policy");
      Objects.requireNonNull(runbooks, "runbooks");
    }
  }

  /**
   * The agent's own HTTP server (API, webhooks, UI); it runs only when {@code port} is set, bound
   * to loopback unless configured otherwise, and always behind at least one token.
   */
  public record Http(
      String bind, Optional<Integer> port, List<ApiToken> tokens, Optional<Secret> webhookSecret) {
    public Http {
      Objects.requireNonNull(bind, "bind");
      Objects.requireNonNull(port, "port");
      tokens = List.copyOf(tokens);
      Objects.requireNonNull(webhookSecret, "webhookSecret");
    }

    public Http(String bind, Optional<Integer> port, List<ApiToken> tokens) {
      this(bind, port, tokens, Optional.empty());
    }

    /** Whether the configuration asks for the server at all. */
    public boolean serves() {
      return port.isPresent();
    }
  }

  /** What a caller of the API may do; each role may do everything the ones before it may. */
  public enum Role {
    VIEWER,
    OPERATOR,
    ADMIN;

    public boolean includes(Role needed) {
      return compareTo(needed) >= 0;
    }

    /** The name written in YAML and shown in the API. */
    public String yamlName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
      return yamlName();
    }
  }

  /** A bearer token for the API: its name (the audit trail's actor) and its role. */
  public record ApiToken(String name, Role role, Secret secret) {
    public ApiToken {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(secret, "secret");
    }
  }

  /** How runbooks and past incident reports are searched. */
  public enum RetrievalMode {
    /** Lucene's BM25 over words. */
    BM25,
    /** BM25 together with an in-process embedding model. */
    HYBRID;

    public String yamlName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A channel reports go to, with its type-specific settings (secrets kept apart) and how delivery
   * treats it.
   *
   * @param route which notices it hears of (its type's default unless {@code route:} is written)
   * @param perMinute how many messages a minute it may be sent
   * @param apiUrl the base URL of the service's API instead of the public one (a proxy, a test)
   * @param allowedChats for chat notifiers: the chats whose commands are answered
   * @param allowedUsers for chat notifiers: the users whose commands are answered
   */
  public record Notifier(
      String name,
      String type,
      Map<String, String> settings,
      Map<String, Secret> secrets,
      Route route,
      int perMinute,
      Optional<URI> apiUrl,
      List<String> allowedChats,
      List<String> allowedUsers) {
    public Notifier {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      settings = Map.copyOf(settings);
      secrets = Map.copyOf(secrets);
      Objects.requireNonNull(route, "route");
      if (perMinute < 1) {
        throw new IllegalArgumentException("a notifier may send at least 1 a minute");
      }
      Objects.requireNonNull(apiUrl, "apiUrl");
      allowedChats = List.copyOf(allowedChats);
      allowedUsers = List.copyOf(allowedUsers);
    }

    /** A notifier delivered the default way: its type's route, the default rate, no overrides. */
    public Notifier(
        String name, String type, Map<String, String> settings, Map<String, Secret> secrets) {
      this(
          name,
          type,
          settings,
          secrets,
          Route.defaults(type),
          Defaults.NOTIFIER_PER_MINUTE,
          Optional.empty(),
          List.of(),
          List.of());
    }
  }
}
