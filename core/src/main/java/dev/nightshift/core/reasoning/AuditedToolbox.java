package dev.nightshift.core.reasoning;

import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.audit.AuditTrail;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The toolbox one investigation sees: every call audited, its output redacted and cut to size, and
 * kept as an observation the validator checks evidence against.
 */
final class AuditedToolbox implements Toolbox {

  /** Longest output a model is shown per call. */
  static final int MAX_OUTPUT = 4_000;

  private final Toolbox tools;
  private final Redactor redactor;
  private final AuditTrail audit;
  private final Clock clock;
  private final String actor;
  private final long incident;
  private final ReasonerStats stats;
  private final List<String> observed = new ArrayList<>();

  AuditedToolbox(
      Toolbox tools,
      Redactor redactor,
      AuditTrail audit,
      Clock clock,
      String actor,
      long incident,
      ReasonerStats stats) {
    this.tools = tools;
    this.redactor = redactor;
    this.audit = audit;
    this.clock = clock;
    this.actor = actor;
    this.incident = incident;
    this.stats = stats;
  }

  @Override
  public List<ToolSpec> specs() {
    return tools.specs();
  }

  @Override
  public synchronized String call(String tool, Map<String, String> arguments) {
    String output;
    try {
      output = tools.call(tool, arguments);
      if (output == null) { // a tool's bug, like a throw: redact() would refuse it
        output = "error: " + tool + " returned nothing";
      }
    } catch (RuntimeException e) { // a tool's bug must not end the investigation
      output = "error: " + tool + " failed: " + e.getClass().getSimpleName();
    }
    String shown = redactor.redact(output);
    if (shown.length() > MAX_OUTPUT) {
      shown = shown.substring(0, MAX_OUTPUT) + "\n[cut at " + MAX_OUTPUT + " characters]";
    }
    observed.add(shown);
    stats.countToolCall();
    audit.append(
        new AuditRecord(
            clock.instant(),
            actor,
            "reasoner.tool",
            "incident " + incident,
            tool
                + redactor.redact(new TreeMap<>(arguments).toString())
                + " -> "
                + shown.length()
                + " characters"));
    return shown;
  }

  synchronized List<String> observed() {
    return List.copyOf(observed);
  }
}
