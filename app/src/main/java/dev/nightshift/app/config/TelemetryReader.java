package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.YamlNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads the {@code telemetry:} section of nightshift.yaml. */
final class TelemetryReader {

  private static final Pattern HOST_PORT = Pattern.compile("[A-Za-z0-9.\\-\\[\\]:]+:\\d{1,5}");
  private static final Pattern ENDPOINT_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

  static final Set<String> HTTP = Set.of("http", "https");

  private final Secrets secrets;

  TelemetryReader(Secrets secrets) {
    this.secrets = secrets;
  }

  Telemetry read(Optional<MapReader> section) {
    if (section.isEmpty()) {
      return new Telemetry(
          Optional.empty(),
          Optional.empty(),
          Map.of(),
          Map.of(),
          Map.of(),
          Map.of(),
          Optional.empty());
    }
    MapReader t = section.get();
    Telemetry telemetry =
        new Telemetry(
            t.map("prometheus").flatMap(r -> endpoint(r, HTTP)),
            t.map("loki").flatMap(r -> endpoint(r, HTTP)),
            named(t, "supervisord", r -> endpoint(r, Set.of("http", "https", "unix"))),
            named(t, "redis", r -> endpoint(r, Set.of("redis", "rediss"))),
            named(t, "kafka", TelemetryReader::kafka),
            named(t, "kubernetes", TelemetryReader::kubernetes),
            t.map("docker").map(TelemetryReader::docker));
    t.finish();
    return telemetry;
  }

  private <T> Map<String, T> named(
      MapReader t, String kind, Function<MapReader, Optional<T>> reader) {
    Map<String, T> out = new LinkedHashMap<>();
    t.map(kind)
        .ifPresent(endpoints -> {
          for (YamlNode.Entry entry : endpoints.mapping().entries().values()) {
            endpoints.allow(entry.key());
            if (!ENDPOINT_NAME.matcher(entry.key()).matches()) {
              t.problems()
                  .error(
                      entry.keySource(),
                      endpoints.pathOf(entry.key()),
                      "a " + kind + " name holds letters, digits, '_', '.' and '-'");
              continue;
            }
            MapReader.of(entry.value(), t.problems())
                .flatMap(reader)
                .ifPresent(v -> out.put(entry.key(), v));
          }
        });
    return out;
  }

  private Optional<Telemetry.Endpoint> endpoint(MapReader r, Set<String> schemes) {
    Optional<URI> url = r.required("url").flatMap(n -> uri(n, schemes, r));
    Duration timeout = r.positiveDuration("timeout").orElse(Defaults.SOURCE_TIMEOUT);
    Optional<String> username = r.text("username");
    Optional<Secret> password = secrets.read(r, "password", false);
    r.finish();
    return url.map(u -> new Telemetry.Endpoint(u, timeout, username, password));
  }

  private static Optional<Telemetry.Kafka> kafka(MapReader r) {
    Optional<YamlNode> node = r.required("bootstrap_servers");
    List<String> servers =
        r.texts("bootstrap_servers").stream()
            .flatMap(s -> List.of(s.split("\\s*,\\s*")).stream())
            .toList();
    Duration timeout = r.positiveDuration("timeout").orElse(Defaults.SOURCE_TIMEOUT);
    r.finish();
    if (node.isEmpty()) {
      return Optional.empty();
    }
    for (String server : servers) {
      if (!HOST_PORT.matcher(server).matches()) {
        r.problems().error(node.get(), "'" + server + "' is not host:port");
        return Optional.empty();
      }
    }
    return servers.isEmpty()
        ? Optional.empty()
        : Optional.of(new Telemetry.Kafka(servers, timeout));
  }

  private static Optional<Telemetry.Kubernetes> kubernetes(MapReader r) {
    Telemetry.Kubernetes k =
        new Telemetry.Kubernetes(
            r.text("kubeconfig").map(Path::of), r.text("context"), r.text("namespace"));
    r.finish();
    return Optional.of(k);
  }

  private static Telemetry.Docker docker(MapReader r) {
    Telemetry.Docker d =
        new Telemetry.Docker(r.text("binary").orElse(Defaults.DOCKER_BINARY), r.text("host"));
    r.finish();
    return d;
  }

  /** A URL with one of the schemes; a unix URL needs a path, the others a host. */
  static Optional<URI> uri(YamlNode node, Set<String> schemes, MapReader r) {
    Optional<String> text = dev.nightshift.app.config.yaml.Values.text(node, r.problems());
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(text.get());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme();
      boolean located =
          scheme.equals("unix")
              ? uri.getPath() != null && !uri.getPath().isEmpty()
              // not getHost(): it is null for names with '_', common for containers and services
              : uri.getRawAuthority() != null && !uri.getRawAuthority().isBlank();
      if (schemes.contains(scheme) && located) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    r.problems()
        .error(
            node,
            "expected a URL starting with "
                + String.join(":// or ", schemes.stream().sorted().toList())
                + "://, got "
                + node.describe());
    return Optional.empty();
  }
}
