package dev.nightshift.core.reasoning;

import dev.nightshift.core.diagnosis.Diagnosis;
import dev.nightshift.core.diagnosis.NodeFinding;
import dev.nightshift.core.knowledge.LogTemplate;
import java.util.TreeSet;

/**
 * A failure with what varies between occurrences taken out: the located cause, each abnormal node
 * with its status, and the templates of their error lines. The same failure an hour later has the
 * same key, so it is answered from the cache instead of asked again.
 */
final class FailureKey {

  /** Error lines per node that shape the key; more are usually the same message repeated. */
  static final int LINES = 5;

  private FailureKey() {}

  static String of(Diagnosis diagnosis) {
    StringBuilder key = new StringBuilder(diagnosis.sla().toString());
    key.append('|').append(diagnosis.primaryCause().map(Object::toString).orElse("-"));
    for (NodeFinding f : diagnosis.findings()) {
      if (!f.status().isAbnormal()) {
        continue;
      }
      key.append('|').append(f.node()).append('=').append(f.status());
      TreeSet<String> templates = new TreeSet<>();
      f.errors().stream().limit(LINES).forEach(l -> templates.add(LogTemplate.of(l.text())));
      templates.forEach(t -> key.append(';').append(t));
    }
    return key.toString();
  }
}
