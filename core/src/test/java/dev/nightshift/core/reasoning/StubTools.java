package dev.nightshift.core.reasoning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tools that answer what the test scripted: a text, or a failure. */
final class StubTools implements Toolbox {

  private final Map<String, String> answers = new HashMap<>();
  private final Map<String, RuntimeException> failures = new HashMap<>();
  private final List<String> called = new ArrayList<>();

  StubTools answer(String tool, String output) {
    answers.put(tool, output);
    return this;
  }

  StubTools failing(String tool, RuntimeException e) {
    failures.put(tool, e);
    return this;
  }

  List<String> called() {
    return List.copyOf(called);
  }

  @Override
  public List<ToolSpec> specs() {
    return List.of(new ToolSpec("log_query", "logs", List.of()));
  }

  @Override
  public String call(String tool, Map<String, String> arguments) {
    called.add(tool);
    if (failures.containsKey(tool)) {
      throw failures.get(tool);
    }
    return answers.getOrDefault(tool, "error: no such tool");
  }
}
