package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.core.reasoning.ReasonerSettings;
import dev.nightshift.core.reasoning.Redactor;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads the {@code llm:} section of nightshift.yaml into {@link LlmSettings}. */
final class LlmReader {

  private static final Map<String, String> PROVIDERS =
      Values.names(LlmSettings.NONE, "openai", "anthropic", "ollama");
  private static final Map<String, String> CONFIRMERS =
      Values.names("openai", "anthropic", "ollama");

  private final Secrets secrets;

  LlmReader(Secrets secrets) {
    this.secrets = secrets;
  }

  LlmSettings read(Optional<MapReader> section) {
    if (section.isEmpty()) {
      return LlmSettings.DISABLED;
    }
    MapReader r = section.get();
    Duration timeout = r.positiveDuration("timeout").orElse(Defaults.LLM_TIMEOUT);
    LlmSettings.Provider provider = provider(r, false, timeout);
    Optional<LlmSettings.Provider> confirm =
        r.map("confirm")
            .map(c -> {
              LlmSettings.Provider p = provider(c, true, timeout);
              c.finish();
              return p;
            });
    if (confirm.isPresent() && provider.name().equals(LlmSettings.NONE)) {
      r.problems()
          .warning(
              r.node("confirm").orElseThrow(),
              "ignored: nothing is confirmed while provider is none");
    }
    ReasonerSettings limits = limits(r, timeout);
    List<String> redact = redact(r);
    List<Pattern> patterns = patterns(r);
    r.finish();
    return new LlmSettings(provider, confirm, limits, redact, patterns);
  }

  private LlmSettings.Provider provider(MapReader r, boolean confirm, Duration timeout) {
    String name =
        confirm
            ? r.requiredChoice("provider", "LLM provider", CONFIRMERS).orElse("openai")
            : r.choice("provider", "LLM provider", PROVIDERS).orElse(LlmSettings.NONE);
    boolean enabled = !name.equals(LlmSettings.NONE);
    Optional<String> model = enabled ? r.requiredText("model") : r.text("model");
    Optional<URI> url = r.node("url").flatMap(n -> TelemetryReader.uri(n, TelemetryReader.HTTP, r));
    // Anthropic and OpenAI's own API always want a key; a server of one's own may not.
    boolean needsKey = name.equals("anthropic") || name.equals("openai") && url.isEmpty();
    Optional<Secret> key = secrets.read(r, "api_key", needsKey);
    return new LlmSettings.Provider(name, model, url, key, timeout);
  }

  private static ReasonerSettings limits(MapReader r, Duration timeout) {
    ReasonerSettings d = Defaults.REASONER;
    int maxSteps = r.wholeNumber("max_steps", 1, 100).map(Long::intValue).orElse(d.maxSteps());
    Optional<MapReader> budget = r.map("budget");
    Optional<MapReader> price = r.map("price");
    ReasonerSettings limits =
        new ReasonerSettings(
            maxSteps,
            timeout,
            tokens(budget, "tokens_per_incident").orElse(d.tokensPerIncident()),
            amount(budget, "cost_per_incident").orElse(d.costPerIncident()),
            tokens(budget, "tokens_per_day").orElse(d.tokensPerDay()),
            amount(budget, "cost_per_day").orElse(d.costPerDay()),
            amount(price, "input_per_million").orElse(d.inputPricePerMillion()),
            amount(price, "output_per_million").orElse(d.outputPricePerMillion()),
            r.duration("cache_ttl").orElse(d.cacheTtl()),
            r.bool("proposals_need_approval").orElse(d.proposalsNeedApproval()));
    budget.ifPresent(MapReader::finish);
    price.ifPresent(MapReader::finish);
    return limits;
  }

  private static Optional<Long> tokens(Optional<MapReader> section, String key) {
    return section.flatMap(s -> s.wholeNumber(key, 0, Long.MAX_VALUE));
  }

  private static Optional<Double> amount(Optional<MapReader> section, String key) {
    if (section.isEmpty()) {
      return Optional.empty();
    }
    MapReader s = section.get();
    Optional<Double> value = s.number(key);
    if (value.isPresent() && value.get() < 0) {
      s.problems().error(s.node(key).orElseThrow(), "must be at least 0, got " + value.get());
      return Optional.empty();
    }
    return value;
  }

  private static List<String> redact(MapReader r) {
    List<String> names = new ArrayList<>();
    for (YamlNode item : r.list("redact")) {
      Values.text(item, r.problems())
          .ifPresent(name -> {
            if (Redactor.NAMED.containsKey(name)) {
              names.add(name);
            } else {
              r.problems()
                  .error(
                      item,
                      Values.unknown(
                          "redaction pattern", name, new TreeSet<>(Redactor.NAMED.keySet())));
            }
          });
    }
    return names;
  }

  private static List<Pattern> patterns(MapReader r) {
    List<Pattern> patterns = new ArrayList<>();
    for (YamlNode item : r.list("redact_patterns")) {
      Values.text(item, r.problems())
          .ifPresent(regex -> {
            try {
              patterns.add(Pattern.compile(regex));
            } catch (PatternSyntaxException e) {
              r.problems()
                  .error(
                      item,
                      "invalid regex: "
                          + e.getDescription()
                          + " near character "
                          + (e.getIndex() + 1));
            }
          });
    }
    return patterns;
  }
}
