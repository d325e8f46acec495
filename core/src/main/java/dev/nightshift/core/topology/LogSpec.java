package dev.nightshift.core.topology;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a node's logs are read from (Loki, a file, or the process's output through supervisord) and
 * which lines count as errors.
 *
 * @param lokiQuery a LogQL stream selector, e.g. {@code {container_name="primary_kafka_to_redis"}}
 * @param file a log file to tail
 * @param supervisor whether to read the node's process output through supervisord
 * @param errorPattern the regex that marks a line as an error
 */
public record LogSpec(
    Optional<String> lokiQuery, Optional<Path> file, boolean supervisor, String errorPattern) {

  /** Lines that match this are errors unless the node says otherwise. */
  public static final String DEFAULT_ERROR_PATTERN = "ERROR|FATAL|CRITICAL|Exception|Traceback";

  public LogSpec {
    Objects.requireNonNull(lokiQuery, "lokiQuery");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(errorPattern, "errorPattern");
    if (lokiQuery.isEmpty() && file.isEmpty() && !supervisor) {
      throw new IllegalArgumentException("logs need a source: loki_query, file or supervisor");
    }
    Pattern.compile(errorPattern); // fails fast on an invalid regex
  }
}
