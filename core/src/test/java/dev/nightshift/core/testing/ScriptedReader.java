package dev.nightshift.core.testing;

import dev.nightshift.core.knowledge.Checked;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.knowledge.KnownErrorReader;
import dev.nightshift.core.remediation.Step;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader that knows only the texts a test gave it: core has no YAML parser, and what the app's
 * reader checks is tested there. Any other text is invalid.
 */
public final class ScriptedReader implements KnownErrorReader {

  private final Map<String, Step> steps = new HashMap<>();
  private final Map<String, KnownError> errors = new HashMap<>();
  private final List<String> catalog;

  public ScriptedReader(List<String> catalog) {
    this.catalog = List.copyOf(catalog);
  }

  public ScriptedReader() {
    this(List.of("supervisor_restart: node (a process node)"));
  }

  public ScriptedReader step(String yaml, Step step) {
    steps.put(yaml, step);
    return this;
  }

  public ScriptedReader knownError(String yaml, KnownError error) {
    errors.put(yaml, error);
    return this;
  }

  @Override
  public synchronized Checked<Step> step(String yaml) {
    Step step = steps.get(yaml);
    return step == null
        ? new Checked.Invalid<>(List.of("not a step this test knows: " + yaml))
        : new Checked.Ok<>(step);
  }

  @Override
  public synchronized Checked<KnownError> knownError(String yaml) {
    KnownError error = errors.get(yaml);
    return error == null
        ? new Checked.Invalid<>(List.of("not a known error this test knows"))
        : new Checked.Ok<>(error);
  }

  @Override
  public List<String> catalog() {
    return catalog;
  }
}
