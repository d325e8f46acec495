package dev.nightshift.core.reasoning;

import static dev.nightshift.core.reasoning.ReasoningFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.audit.AuditEntry;
import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.testing.ManualClock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditedToolboxTest {

  private final Stores stores = MemoryStores.create();
  private final StubTools tools = new StubTools();
  private final ReasonerStats stats = new ReasonerStats();
  private final AuditedToolbox box =
      new AuditedToolbox(
          tools,
          new Redactor(Set.of("hunter22"), List.of()),
          stores.audit(),
          new ManualClock(T0),
          "model-a",
          4,
          stats);

  private List<AuditRecord> audited() {
    return stores.audit().entries().stream().map(AuditEntry::record).toList();
  }

  @Test
  void auditsEveryCallWithItsRedactedArguments() {
    tools.answer("log_query", "fine");

    box.call("log_query", Map.of("node", "redis", "minutes", "5"));
    box.call("metric_query", Map.of("query", "up{password=\"hunter22\"}"));

    assertThat(audited())
        .extracting(AuditRecord::actor, AuditRecord::kind, AuditRecord::subject)
        .containsOnly(
            org.assertj.core.groups.Tuple.tuple("model-a", "reasoner.tool", "incident 4"));
    assertThat(audited())
        .extracting(AuditRecord::detail)
        .containsExactly(
            "log_query{minutes=5, node=redis} -> 4 characters",
            "metric_query{query=up{password=\"[redacted]\"}} -> 19 characters");
    assertThat(stats.toolCalls()).isEqualTo(2);
  }

  @Test
  void redactsAndCutsTheOutputAndKeepsItAsObserved() {
    tools.answer("log_query", "token=abcdef and hunter22 " + "y".repeat(5_000));

    String shown = box.call("log_query", Map.of("node", "redis"));

    assertThat(shown).startsWith("token=[redacted] and [redacted] yyy");
    assertThat(shown).endsWith("\n[cut at 4000 characters]");
    assertThat(shown.length()).isEqualTo(4_000 + "\n[cut at 4000 characters]".length());
    assertThat(box.observed()).containsExactly(shown);
  }

  @Test
  void aToolThatThrowsAnswersWithAnErrorTextNotAnException() {
    tools.failing("node_health", new IllegalStateException("password=hunter22 leaked"));

    String shown = box.call("node_health", Map.of("node", "redis"));

    assertThat(shown).isEqualTo("error: node_health failed: IllegalStateException");
    assertThat(audited()).hasSize(1);
  }

  @Test
  void aToolThatReturnsNothingAnswersWithAnErrorText() {
    Toolbox silent =
        new Toolbox() {
          @Override
          public List<ToolSpec> specs() {
            return List.of();
          }

          @Override
          public String call(String tool, Map<String, String> arguments) {
            return null;
          }
        };
    AuditedToolbox audited =
        new AuditedToolbox(
            silent,
            Redactor.credentialsOnly(),
            stores.audit(),
            new ManualClock(T0),
            "model-a",
            4,
            stats);

    assertThat(audited.call("impact", Map.of())).isEqualTo("error: impact returned nothing");
  }
}
