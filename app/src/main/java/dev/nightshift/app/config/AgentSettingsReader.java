package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Values;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Reads nightshift.yaml into {@link AgentSettings}. */
final class AgentSettingsReader {

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
            new LlmReader(secrets).read(root.map("llm")),
            new NotifiersReader(secrets).read(root.list("notifiers"), root.problems()),
            windows.windows(),
            files(root.map("files")),
            retrieval(root.map("retrieval")),
            secrets.all(),
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

  private static AgentSettings.RetrievalMode retrieval(Optional<MapReader> section) {
    Optional<AgentSettings.RetrievalMode> mode =
        section.flatMap(s ->
            s.choice(
                "mode",
                "retrieval mode",
                Values.byName(
                    AgentSettings.RetrievalMode.values(), AgentSettings.RetrievalMode::yamlName)));
    section.ifPresent(MapReader::finish);
    return mode.orElse(Defaults.RETRIEVAL);
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
