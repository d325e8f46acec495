package dev.nightshift.bench;

import dev.nightshift.adapters.retrieval.Retrieval;
import dev.nightshift.adapters.retrieval.RunbookIndex;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.incident.IncidentStore;
import dev.nightshift.core.incident.NewIncident;
import dev.nightshift.core.knowledge.RunbookHit;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.SlaId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Runbook retrieval as the reasoner and the reports use it: the 5 example runbooks (25 sections)
 * and 500 synthetic past incident reports, searched with realistic questions, BM25 and hybrid.
 * {@code refresh} is the rebuild after an incident closes (embeddings of unchanged texts reused).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class RetrievalBench {

  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  private static final List<String> QUERIES =
      List.of(
          "kafka_to_redis_consumer ERROR Failed to deserialize record at offset 48213",
          "redis_instance Too many concurrent consumers holding Redis connections",
          "WebSocket disconnected, reconnecting in 2s",
          "the store holds onto ram it does not use",
          "redis AND (");
  private static final String[] CAUSES = {
    "ERR max number of clients reached on redis_instance",
    "WebSocket disconnected, reconnecting: upstream closed with 1006",
    "redis_mem_fragmentation_ratio 1.9 after a burst of expiries",
    "kafka_to_redis_entity exited unexpectedly (exit status 137)",
    "Redis is not responding: PING timed out after 2s",
    "java.lang.OutOfMemoryError: Java heap space in batch writer",
    "NOT_LEADER_OR_FOLLOWER on entity_filtered_v1 partition 3",
  };

  @Param({"BM25", "HYBRID"})
  public String mode;

  private RunbookIndex index;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    IncidentStore incidents = MemoryStores.create().incidents();
    Random random = new Random(42);
    for (int i = 0; i < 500; i++) {
      close(incidents, i, CAUSES[random.nextInt(CAUSES.length)], random.nextInt(900) + 30);
    }
    long start = System.nanoTime();
    index = Retrieval.open(runbooks(), incidents, Retrieval.Mode.valueOf(mode));
    System.err.printf(
        "%s: indexed %d documents in %d ms%n",
        mode, index.documents(), (System.nanoTime() - start) / 1_000_000);
  }

  @Benchmark
  public List<RunbookHit> search() {
    next = (next + 1) % QUERIES.size();
    return index.search(QUERIES.get(next), 5);
  }

  @Benchmark
  public int refresh() {
    index.refresh();
    return index.documents();
  }

  private static void close(IncidentStore store, int n, String cause, int seconds) {
    Instant at = T0.plusSeconds(n * 3600L);
    Incident open =
        store.open(
            new NewIncident(
                new SlaId("entity_data_freshness"),
                Severity.HIGH,
                "entity_data_freshness " + seconds + "s breaches < 60s",
                at));
    String report =
        "Incident "
            + open.id()
            + " — entity_data_freshness (high) — ESCALATED after "
            + seconds
            + "s\n"
            + "Summary: freshness broke. The walk stopped at a node logging: "
            + cause
            + ". No known error explains it; a human took over.\n\n"
            + "Next steps: check the node, write a known error.";
    store.save(open.moveTo(IncidentState.ESCALATED, at.plusSeconds(seconds)).withReport(report));
  }

  private static Path runbooks() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("examples/freshness-pipeline/runbooks");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "run from the repository: examples/freshness-pipeline/runbooks not found");
  }
}
