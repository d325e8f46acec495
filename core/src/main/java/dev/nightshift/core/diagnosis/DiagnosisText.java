package dev.nightshift.core.diagnosis;

import dev.nightshift.core.telemetry.LogLine;
import dev.nightshift.core.telemetry.Sample;

/** A walk in words, for the {@code diagnose} command and the chat: each node, then the verdict. */
public final class DiagnosisText {

  private static final int LINES_PER_NODE = 3;

  private DiagnosisText() {}

  public static String render(Diagnosis d) {
    StringBuilder out = new StringBuilder("Walk of ").append(d.sla()).append(":\n");
    for (NodeFinding f : d.findings()) {
      out.append("  ")
          .append(mark(f))
          .append(' ')
          .append(f.node())
          .append(" — ")
          .append(f.status())
          .append(": ")
          .append(f.health().reason())
          .append('\n');
      f.errors().stream()
          .skip(Math.max(0, f.errors().size() - LINES_PER_NODE))
          .map(LogLine::text)
          .forEach(line -> out.append("      log: ").append(line).append('\n'));
      f.metrics().stream()
          .limit(LINES_PER_NODE)
          .map(Sample::toString)
          .forEach(m -> out.append("      metric: ").append(m).append('\n'));
      f.gaps().forEach(g -> out.append("      missing: ").append(g).append('\n'));
    }
    return out.append(verdict(d.rootCause())).append('\n').toString();
  }

  /** The walk's conclusion in one line. */
  public static String verdict(RootCause cause) {
    return switch (cause) {
      case RootCause.Located l -> "Root cause: " + l.nodes() + " — " + l.reason();
      case RootCause.Undetermined u -> "Undetermined: " + u.reason();
      case RootCause.NoneFound n -> "Nothing found: " + n.reason();
    };
  }

  private static String mark(NodeFinding f) {
    return switch (f.status()) {
      case HEALTHY -> "✓";
      case DEGRADED -> "~";
      case UNHEALTHY -> "✗";
      case UNKNOWN -> "?";
    };
  }
}
