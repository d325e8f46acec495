package dev.nightshift.app.drill;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.core.policy.Phase;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.sim.scenario.Baseline;
import dev.nightshift.sim.scenario.Effect;
import dev.nightshift.sim.scenario.Expectations;
import dev.nightshift.sim.scenario.Fault;
import dev.nightshift.sim.scenario.Latency;
import dev.nightshift.sim.scenario.ReasonerScript;
import dev.nightshift.sim.scenario.Scenario;
import dev.nightshift.sim.scenario.ScheduledAlert;
import dev.nightshift.sim.scenario.ScheduledApproval;
import dev.nightshift.sim.scenario.ScheduledLearning;
import dev.nightshift.sim.scenario.ValueSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads a scenario file's top-level keys, reporting every problem with its line. */
final class ScenarioFields {

  /** What the top level gave: the configuration's path even when the rest has errors. */
  record Read(Optional<Path> config, Optional<Scenario> scenario) {}

  private static final Map<String, Phase> PHASES = Values.byName(Phase.values(), Phase::yamlName);

  private final Path file;
  private final References references;

  ScenarioFields(Path file, References references) {
    this.file = file;
    this.references = references;
  }

  Read read(MapReader r) {
    String name = r.text("name").orElseGet(this::fileStem);
    Optional<Path> config = config(r);
    Optional<Phase> phase = r.choice("phase", "phase", PHASES);
    Optional<Boolean> killSwitch = r.bool("kill_switch");
    Optional<Duration> duration = r.requiredPositiveDuration("duration");
    Instant start = start(r).orElse(Scenario.DEFAULT_START);
    Duration tick = r.positiveDuration("tick").orElse(Scenario.DEFAULT_TICK);
    Latency latency = r.map("latency").map(ScenarioFields::latency).orElse(Latency.DEFAULT);
    Baseline baseline = r.map("baseline").map(this::baseline).orElse(Baseline.EMPTY);
    List<Fault> faults = items(r, "faults", new FaultReader(references)::read);
    ScheduleReader schedule = new ScheduleReader(references);
    List<ScheduledApproval> approvals = items(r, "approvals", schedule::approval);
    List<ScheduledAlert> alerts = items(r, "alerts", schedule::alert);
    List<ScheduledLearning> learning = items(r, "learning", schedule::learning);
    Optional<ReasonerScript> reasoner = r.map("reasoner").flatMap(new ReasonerScriptReader()::read);
    Set<String> learned = learning.stream().map(l -> l.id().toString()).collect(Collectors.toSet());
    Expectations expect =
        r.map("expect")
            .map(new ExpectationsReader(references, learned)::read)
            .orElse(Expectations.NOTHING);
    r.finish();
    if (r.problems().hasErrors() || config.isEmpty() || duration.isEmpty()) {
      return new Read(config, Optional.empty());
    }
    Scenario scenario =
        new Scenario(
            name,
            config.get(),
            phase,
            killSwitch,
            duration.get(),
            start,
            tick,
            latency,
            baseline,
            faults,
            approvals,
            alerts,
            expect,
            file,
            reasoner,
            learning);
    return new Read(config, Optional.of(scenario));
  }

  private String fileStem() {
    String name = String.valueOf(file.getFileName());
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The configuration's path, against the scenario file's directory; it must exist. */
  private Optional<Path> config(MapReader r) {
    Optional<String> text = r.requiredText("config");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Path dir = Optional.ofNullable(file.toAbsolutePath().getParent()).orElse(Path.of(""));
    Path config = dir.resolve(text.get()).normalize();
    if (!Files.exists(config)) {
      r.problems().error(r.node("config").orElseThrow(), "no configuration at " + config);
      return Optional.empty();
    }
    return Optional.of(config);
  }

  private static Optional<Instant> start(MapReader r) {
    Optional<String> text = r.text("start");
    try {
      return text.map(Instant::parse);
    } catch (DateTimeParseException e) {
      r.problems()
          .error(
              r.node("start").orElseThrow(),
              "expected an instant such as 2026-03-02T09:00:00Z, got '" + text.get() + "'");
      return Optional.empty();
    }
  }

  private static Latency latency(MapReader r) {
    Latency d = Latency.DEFAULT;
    Latency latency =
        new Latency(
            r.duration("healthcheck").orElse(d.healthcheck()),
            r.duration("logs").orElse(d.logs()),
            r.duration("metrics").orElse(d.metrics()),
            r.duration("sli").orElse(d.sli()),
            r.duration("action").orElse(d.action()));
    r.finish();
    return latency;
  }

  private Baseline baseline(MapReader r) {
    EffectReader effects = new EffectReader(references);
    Map<SlaId, ValueSpec> sli = r.map("sli").map(effects::sli).orElse(Map.of());
    Map<NodeId, Effect> nodes =
        r.map("nodes").map(n -> effects.nodes(n, new LinkedHashMap<>(), false)).orElse(Map.of());
    r.finish();
    return new Baseline(sli, nodes);
  }

  /** The items of a list of mappings, each read by {@code item}; broken ones are left out. */
  private static <T> List<T> items(MapReader r, String key, Function<MapReader, Optional<T>> item) {
    List<T> out = new ArrayList<>();
    for (YamlNode node : r.list(key)) {
      MapReader.of(node, r.problems()).flatMap(item).ifPresent(out::add);
    }
    return out;
  }
}
