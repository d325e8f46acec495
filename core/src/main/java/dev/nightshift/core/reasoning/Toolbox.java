package dev.nightshift.core.reasoning;

import java.util.List;
import java.util.Map;

/**
 * The read-only tools of one investigation. The agent, not the model's library, runs every call, so
 * each is bounded, redacted and audited; a call the tools cannot answer returns a sentence saying
 * why, which the model reads like any other output.
 */
public interface Toolbox {

  List<ToolSpec> specs();

  /** Runs one call and returns what the model is shown. */
  String call(String tool, Map<String, String> arguments);
}
