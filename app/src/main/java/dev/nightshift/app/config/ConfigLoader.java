package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Problems;
import dev.nightshift.app.config.yaml.Source;
import dev.nightshift.app.config.yaml.YamlParser;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.policy.Policy;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads a configuration directory (or a main file that names the others), validating everything and
 * collecting every problem: the check {@code nightshift validate} runs and the agent runs before it
 * starts.
 */
public final class ConfigLoader {

  /** Files larger than this are not configuration. */
  private static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

  private final Function<String, Optional<String>> environment;

  /**
   * @param environment environment variables by name, where secrets are read from
   */
  public ConfigLoader(Function<String, Optional<String>> environment) {
    this.environment = environment;
  }

  /** A loader that reads secrets from this process's environment. */
  public static ConfigLoader withSystemEnvironment() {
    return new ConfigLoader(name -> Optional.ofNullable(System.getenv(name)));
  }

  /**
   * Loads the configuration at {@code location}: a directory, a main file naming the others, or one
   * of a directory's other files (then the whole directory is loaded, so that it is checked in the
   * context it runs in).
   */
  public LoadResult load(Path location) {
    boolean partOfADirectory = Files.isRegularFile(location) && isPartOfADirectory(location);
    return loadFrom(
        partOfADirectory
            ? Optional.ofNullable(location.getParent()).orElse(Path.of(""))
            : location);
  }

  private LoadResult loadFrom(Path location) {
    Problems problems = new Problems();
    boolean directory = Files.isDirectory(location);
    Path main = directory ? location.resolve(Defaults.MAIN_FILE) : location;
    Path baseDir =
        directory ? location : Optional.ofNullable(location.getParent()).orElse(Path.of(""));
    Secrets secrets = new Secrets(baseDir, environment);
    if (directory && !Files.exists(main)) {
      problems.error(
          Source.file(main.toString()),
          "",
          "file not found: every configuration directory needs one (an empty file means all defaults)");
      return new LoadResult(Optional.empty(), problems.all());
    }
    Optional<AgentSettingsReader.Result> agent =
        document(main, problems).map(r -> new AgentSettingsReader(baseDir, secrets).read(r));
    if (agent.isEmpty()) {
      return new LoadResult(Optional.empty(), problems.all());
    }
    return loadRest(location, agent.get(), problems);
  }

  /** Everything after nightshift.yaml: the tree, the known errors and the policy. */
  private LoadResult loadRest(Path location, AgentSettingsReader.Result agent, Problems problems) {
    AgentSettings settings = agent.settings();
    WindowCatalog windows = agent.windows();
    ProgramUses programs = new ProgramUses();
    Endpoints endpoints = new Endpoints(settings.telemetry());
    HealthcheckReader healthchecks = new HealthcheckReader(endpoints, programs);
    NodeReader nodes = new NodeReader(endpoints, healthchecks);
    SlaReader slas = new SlaReader(windows, endpoints, healthchecks);
    TreeIndex tree =
        document(settings.files().dependencyTree(), problems)
            .map(r -> new TreeReader(problems, nodes, slas).read(r))
            .orElse(TreeIndex.unreadable());
    List<KnownError> knownErrors =
        knownErrors(
            settings.files().knownErrors(),
            new StepReader(endpoints, tree, programs),
            tree,
            problems);
    Optional<Policy> policy = policy(settings, windows, problems);
    policy.ifPresent(
        p -> programs.check(p.allowedPrograms(), settings.files().policy().toString(), problems));
    Optional<Config> config =
        problems.hasErrors() || tree.tree().isEmpty()
            ? Optional.empty()
            : Optional.of(
                new Config(
                    location,
                    settings,
                    tree.tree().get(),
                    knownErrors,
                    policy.orElseThrow(),
                    new YamlKnownErrorReader(
                        endpoints,
                        tree,
                        policy.get().allowedPrograms(),
                        settings.files().policy().toString())));
    return new LoadResult(config, problems.all());
  }

  private static boolean isPartOfADirectory(Path file) {
    String name = file.getFileName().toString();
    return name.equals(Defaults.TREE_FILE)
        || name.equals(Defaults.KNOWN_ERRORS_FILE)
        || name.equals(Defaults.POLICY_FILE);
  }

  private static List<KnownError> knownErrors(
      Path file, StepReader steps, TreeIndex tree, Problems problems) {
    if (!Files.exists(file)) {
      problems.warning(
          Source.file(file.toString()),
          "",
          "no known errors file: every incident will be escalated to a human");
      return List.of();
    }
    return document(file, problems)
        .map(r -> new KnownErrorsReader(problems, tree, steps).read(r))
        .orElse(List.of());
  }

  /** The policy; empty when its file cannot be read (reported). */
  private Optional<Policy> policy(
      AgentSettings settings, WindowCatalog windows, Problems problems) {
    Path file = settings.files().policy();
    if (!Files.exists(file)) {
      problems.warning(
          Source.file(file.toString()),
          "",
          "no policy file: using the built-in policy, which observes and never acts");
      return Optional.of(PolicyReader.builtIn());
    }
    return document(file, problems).flatMap(r -> new PolicyReader(windows).read(r));
  }

  /**
   * A file's top-level mapping (empty for an empty file); a missing or unreadable file is reported.
   */
  private static Optional<MapReader> document(Path file, Problems problems) {
    String name = file.toString();
    problems.registerFile(name);
    Optional<String> text = read(file, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return YamlParser.parse(text.get(), name, problems)
        .flatMap(root -> MapReader.of(root, problems));
  }

  private static Optional<String> read(Path file, Problems problems) {
    Source at = Source.file(file.toString());
    try {
      if (!Files.exists(file)) {
        problems.error(at, "", "file not found");
        return Optional.empty();
      }
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_FILE_BYTES) {
        problems.error(
            at,
            "",
            Files.isRegularFile(file)
                ? "larger than 16 MiB; this is not a configuration file"
                : "not a regular file");
        return Optional.empty();
      }
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (CharacterCodingException e) {
      problems.error(at, "", "not UTF-8 text");
    } catch (IOException e) {
      problems.error(at, "", "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    return Optional.empty();
  }
}
