package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads nightshift.yaml into {@link AgentSettings}. */
final class AgentSettingsReader {

  private static final List<String> LLM_PROVIDERS =
      List.of("none", "openai", "anthropic", "ollama");
  private static final Set<String> STORE_SCHEMES = Set.of("jdbc:sqlite:", "jdbc:postgresql:");

  private final Path baseDir;
  private final Secrets secrets;

  AgentSettingsReader(Path baseDir, Secrets secrets) {
    this.baseDir = baseDir;
    this.secrets = secrets;
  }

  /** The settings, and the time windows with what is needed to check references to them. */
  record Result(AgentSettings settings, WindowCatalog windows) {}

  Result read(MapReader root) {
    Optional<MapReader> agent = root.map("agent");
    String name = agent.flatMap(a -> a.text("name")).orElse(Defaults.AGENT_NAME);
    Duration interval =
        agent
            .flatMap(a -> a.positiveDuration("sla_check_interval"))
            .orElse(Defaults.SLA_CHECK_INTERVAL);
    Duration probeTimeout =
        agent.flatMap(a -> a.positiveDuration("probe_timeout")).orElse(Defaults.PROBE_TIMEOUT);
    int concurrency =
        agent
            .flatMap(a -> a.wholeNumber("max_concurrent_incidents", 1, 1000))
            .map(Long::intValue)
            .orElse(Defaults.MAX_CONCURRENT_INCIDENTS);
    agent.ifPresent(MapReader::finish);
    WindowCatalog windows = WindowsReader.read(root.map("windows"));
    AgentSettings settings =
        new AgentSettings(
            name,
            interval,
            probeTimeout,
            concurrency,
            storeUrl(root.map("store")),
            new TelemetryReader(secrets).read(root.map("telemetry")),
            new HttpReader(secrets).read(root.map("http")),
            llm(root.map("llm")),
            new NotifiersReader(secrets).read(root.list("notifiers"), root.problems()),
            windows.windows(),
            files(root.map("files")),
            new LearningReader(secrets).read(root.map("learning")));
    root.finish();
    return new Result(settings, windows);
  }

  private static String storeUrl(Optional<MapReader> store) {
    Optional<String> url = store.flatMap(s -> s.text("url"));
    if (url.isPresent() && STORE_SCHEMES.stream().noneMatch(url.get()::startsWith)) {
      MapReader s = store.get();
      s.problems()
          .error(
              s.node("url").orElseThrow(),
              "expected jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB, got '" + url.get() + "'");
    }
    store.ifPresent(MapReader::finish);
    return url.orElse(Defaults.STORE_URL);
  }

  private AgentSettings.Llm llm(Optional<MapReader> section) {
    if (section.isEmpty()) {
      return new AgentSettings.Llm(
          AgentSettings.Llm.NONE, Optional.empty(), Optional.empty(), Optional.empty());
    }
    MapReader r = section.get();
    Map<String, String> providers = new LinkedHashMap<>();
    LLM_PROVIDERS.forEach(p -> providers.put(p, p));
    String provider =
        r.choice("provider", "LLM provider", providers).orElse(AgentSettings.Llm.NONE);
    boolean enabled = !provider.equals(AgentSettings.Llm.NONE);
    Optional<String> model = enabled ? r.requiredText("model") : r.text("model");
    Optional<String> url =
        r.node("url")
            .flatMap(n -> TelemetryReader.uri(n, TelemetryReader.HTTP, r))
            .map(Object::toString);
    boolean needsKey = provider.equals("openai") && url.isEmpty() || provider.equals("anthropic");
    Optional<Secret> key = secrets.read(r, "api_key", needsKey);
    r.finish();
    return new AgentSettings.Llm(provider, model, url, key);
  }

  private AgentSettings.Files files(Optional<MapReader> section) {
    AgentSettings.Files files =
        new AgentSettings.Files(
            file(section, "dependency_tree", Defaults.TREE_FILE),
            file(section, "known_errors", Defaults.KNOWN_ERRORS_FILE),
            file(section, "policy", Defaults.POLICY_FILE),
            file(section, "runbooks", Defaults.RUNBOOKS_DIR));
    section.ifPresent(MapReader::finish);
    return files;
  }

  private Path file(Optional<MapReader> section, String key, String defaultName) {
    return baseDir.resolve(section.flatMap(s -> s.text(key)).orElse(defaultName));
  }
}
