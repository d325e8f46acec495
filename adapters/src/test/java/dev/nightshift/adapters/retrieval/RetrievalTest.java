package dev.nightshift.adapters.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.incident.IncidentStore;
import dev.nightshift.core.incident.NewIncident;
import dev.nightshift.core.knowledge.RunbookHit;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.SlaId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped runbooks and past incident reports, searched as the reasoner and reports do. */
class RetrievalTest {

  static final Path RUNBOOKS = Path.of("../examples/freshness-pipeline/runbooks");
  static final Instant T0 = Instant.parse("2026-11-21T03:00:00Z");

  static RunbookIndex hybrid;

  final IncidentStore incidents = MemoryStores.create().incidents();
  final RunbookIndex bm25 = Retrieval.open(RUNBOOKS, incidents, Retrieval.Mode.BM25);

  @BeforeAll
  static void loadTheModelOnce() {
    hybrid = Retrieval.open(RUNBOOKS, MemoryStores.create().incidents(), Retrieval.Mode.HYBRID);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ERR max number of clients reached | redis-connection-exhaustion.md#symptoms",
        "Redis connection pool exhausted, retrying in 5s | redis-connection-exhaustion.md",
        "Failed to deserialize record at offset 48213 | kafka-consumer-poison-message.md#symptoms",
        "how do I skip a poison message offset | kafka-consumer-poison-message.md",
        "WebSocket disconnected, reconnecting | websocket-feed-disconnects.md#symptoms",
        "redis_mem_fragmentation_ratio above 1.5 | redis-memory-fragmentation.md",
        "enable active defragmentation | redis-memory-fragmentation.md#fix",
        "Redis is not responding | redis-not-responding.md#symptoms",
        "kill idle clients CLIENT KILL | redis-connection-exhaustion.md#fix",
      })
  void bm25FindsTheRightRunbookSectionFirst(String query, String expected) {
    List<RunbookHit> hits = bm25.search(query, 3);

    assertThat(hits).isNotEmpty();
    assertThat(hits.getFirst().source()).startsWith("runbooks/" + expected);
  }

  @Test
  void aHitNamesItsRunbookAndSectionAndQuotesTheBestPassage() {
    RunbookHit hit =
        bm25.search("reset the consumer group offset past the bad message", 1).getFirst();

    assertThat(hit.source()).isEqualTo("runbooks/kafka-consumer-poison-message.md#fix");
    assertThat(hit.title())
        .isEqualTo("Kafka to Redis consumer down or stuck on a poison message — Fix");
    assertThat(hit.excerpt())
        .contains("skip it by resetting the group's offset")
        .hasSizeLessThanOrEqualTo(400);
  }

  @Test
  void indexesEverySectionOfEveryRunbook() {
    // 5 runbooks, each with an intro, symptoms, diagnosis, fix and escalation.
    assertThat(bm25.documents()).isEqualTo(25);
  }

  @Test
  void findsAPastIncidentReport() {
    close(
        "Incident 1 — entity_consumer_lag (high) — ESCALATED\nMerkle tree checksum mismatch on"
            + " shard 7 after the schema migration");
    RunbookIndex index = Retrieval.open(RUNBOOKS, incidents, Retrieval.Mode.BM25);

    RunbookHit hit = index.search("checksum mismatch shard", 3).getFirst();

    assertThat(hit.source()).isEqualTo("incident 1");
    assertThat(hit.title()).isEqualTo("Incident 1 — entity_consumer_lag (high) — ESCALATED");
    assertThat(hit.excerpt()).contains("Merkle tree checksum mismatch");
  }

  @Test
  void picksUpAnIncidentClosedAfterTheIndexWasBuiltButNotAnOpenOne() {
    assertThat(bm25.search("zookeeper quorum lost", 3)).isEmpty();
    Incident open =
        incidents.open(
            new NewIncident(
                new SlaId("entity_data_freshness"), Severity.HIGH, "zookeeper quorum lost", T0));
    assertThat(bm25.search("zookeeper quorum lost", 3)).isEmpty();

    incidents.save(
        open.moveTo(IncidentState.RESOLVED, T0.plusSeconds(60))
            .withReport("Incident 1 resolved\nThe zookeeper quorum was lost; restarted node 3."));

    assertThat(bm25.search("zookeeper quorum lost", 3))
        .extracting(RunbookHit::source)
        .containsExactly("incident 1");
    assertThat(bm25.documents()).isEqualTo(26);
  }

  @Test
  void searchesFromManyThreadsWhileIncidentsCloseAndEndsUpWithAllOfThem() throws Exception {
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
      List<java.util.concurrent.Future<?>> searches = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        searches.add(
            pool.submit(() -> {
              for (int n = 0; n < 50; n++) {
                bm25.search("quorum lost on shard", 5);
              }
            }));
      }
      for (int n = 0; n < 10; n++) {
        close("Incident " + (n + 1) + " — quorum lost on shard " + n);
      }
      for (var s : searches) {
        s.get();
      }
    }

    assertThat(bm25.search("quorum lost on shard", 20)).hasSize(10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"redis AND (", "*:*", "", "   ", "title:\"unclosed", "a~ b^ [x TO", "\\"})
  void malformedQueriesNeverThrow(String query) {
    assertThat(bm25.search(query, 3)).isNotNull();
    assertThat(hybrid.search(query, 3)).isNotNull();
  }

  @Test
  void queryTextIsWordsNotLuceneSyntax() {
    assertThat(bm25.search("*:*", 3)).isEmpty();
    assertThat(bm25.search("redis AND (", 1).getFirst().source()).contains("redis");
  }

  @Test
  void aMissingRunbookDirectoryMeansNoRunbooks() {
    RunbookIndex index = Retrieval.open(Path.of("does/not/exist"), incidents, Retrieval.Mode.BM25);

    assertThat(index.documents()).isZero();
    assertThat(index.search("redis", 3)).isEmpty();
  }

  /**
   * Real paraphrases found by trying: none of these shares the runbook's key words, and BM25 ranks
   * another runbook first on the words they do share ("cache", "server", "stream"...).
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the store holds onto ram it does not use | redis-memory-fragmentation.md",
        "market data stream keeps dropping | websocket-feed-disconnects.md",
        "too many open sockets to the cache server | redis-connection-exhaustion.md",
      })
  void hybridFindsAParaphraseThatBm25RanksWrong(String query, String expected) {
    assertThat(bm25.search(query, 1).getFirst().source()).doesNotContain(expected);

    assertThat(hybrid.search(query, 1).getFirst().source()).startsWith("runbooks/" + expected);
  }

  @Test
  void hybridStillRanksExactErrorLinesFirst() {
    assertThat(hybrid.search("ERR max number of clients reached", 1).getFirst().source())
        .isEqualTo("runbooks/redis-connection-exhaustion.md#symptoms");
  }

  private void close(String report) {
    Incident i =
        incidents.open(
            new NewIncident(
                new SlaId("entity_consumer_lag"),
                Severity.HIGH,
                "entity_consumer_lag 48210 breaches < 10000",
                T0));
    incidents.save(i.moveTo(IncidentState.ESCALATED, T0.plusSeconds(120)).withReport(report));
  }
}
