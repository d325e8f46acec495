package dev.nightshift.core.notify;

import dev.nightshift.core.notify.IncidentReport.Link;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a report's evidence can be looked at: a Prometheus for graphs, a Grafana explore view for
 * Loki queries, and the runbooks kept as markdown files. Each is optional; an unset one gives no
 * links rather than broken ones.
 *
 * @param prometheus the Prometheus base URL ({@code http://prometheus:9090})
 * @param explore the Grafana explore URL for Loki ({@code http://grafana:3000/explore})
 * @param runbooks the runbook files ({@code *.md}), matched to errors and nodes by file name
 */
public record ReportLinks(
    Optional<String> prometheus, Optional<String> explore, List<Path> runbooks) {

  /** No links at all. */
  public static final ReportLinks NONE =
      new ReportLinks(Optional.empty(), Optional.empty(), List.of());

  public ReportLinks {
    prometheus = Objects.requireNonNull(prometheus, "prometheus").map(ReportLinks::trimSlash);
    explore = Objects.requireNonNull(explore, "explore").map(ReportLinks::trimSlash);
    runbooks = List.copyOf(runbooks);
  }

  /** A Prometheus graph of {@code promql} over the last hour, when a Prometheus is known. */
  public Optional<Link> graph(String label, String promql) {
    return prometheus.map(base ->
        new Link(
            "Prometheus: " + label,
            base + "/graph?g0.expr=" + encode(promql) + "&g0.range_input=1h"));
  }

  /** A Grafana explore view of a LogQL query over the last hour, when Grafana is known. */
  public Optional<Link> logs(String label, String logql) {
    String left =
        "{\"queries\":[{\"refId\":\"A\",\"expr\":\""
            + logql.replace("\\", "\\\\").replace("\"", "\\\"")
            + "\"}],\"range\":{\"from\":\"now-1h\",\"to\":\"now\"}}";
    return explore.map(base -> new Link("Logs: " + label, base + "?left=" + encode(left)));
  }

  /** The runbooks whose file name contains {@code id} (a known error or node id). */
  public List<Link> runbooks(String id) {
    String wanted = id.toLowerCase(Locale.ROOT);
    return runbooks.stream()
        .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).contains(wanted))
        .map(p -> new Link("Runbook: " + p.getFileName(), p.toString()))
        .toList();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
