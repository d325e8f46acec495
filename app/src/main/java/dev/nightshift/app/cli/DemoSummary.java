package dev.nightshift.app.cli;

import dev.nightshift.core.audit.AuditChain;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.knowledge.KnownErrorStats;
import dev.nightshift.sim.drill.DrillRun;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What the demo ends with: each incident's outcome, what the memory learned, the audit check. */
final class DemoSummary {

  /** The demo's times of day, in its (virtual) UTC. */
  static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

  private DemoSummary() {}

  static void print(DrillRun run, PrintWriter out) {
    out.println();
    out.println("Incidents:");
    for (Incident i : run.incidents()) {
      out.printf(
          "  #%-3s %-24s %-9s root cause %-24s known error %-6s %s%n",
          i.id(),
          i.sla(),
          i.state(),
          i.progress().rootCause().map(Object::toString).orElse("-"),
          i.progress().knownError().map(Object::toString).orElse("-"),
          i.closedAt()
              .map(c -> "in " + Duration.between(i.openedAt(), c).toSeconds() + "s")
              .orElse("open"));
    }
    out.println("Known-error memory (learned in the store):");
    for (KnownErrorStats s : run.stores().knownErrors().all()) {
      out.printf(
          "  %-7s seen %d times (last %s), %d fixed, %d failed, mean time to resolve %s%n",
          s.id(),
          s.occurrences(),
          s.lastSeen().map(CLOCK::format).orElse("-"),
          s.successes(),
          s.failures(),
          s.meanTimeToResolve().map(d -> d.toSeconds() + "s").orElse("-"));
    }
    out.println(
        "Executed actions: "
            + run.platform().executed().size()
            + "; policy violations seen by the simulator: "
            + run.platform().violations().size());
    out.println(
        "Audit trail: "
            + switch (AuditChain.verify(run.stores().audit().entries())) {
              case AuditChain.Check.Intact i -> "intact, " + i.entries() + " hash-chained entries";
              case AuditChain.Check.Broken b -> "BROKEN at " + b.sequence() + ": " + b.reason();
            });
    out.flush();
  }
}
